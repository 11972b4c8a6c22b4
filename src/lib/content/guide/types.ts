import type {
	ChartId,
	ExplainerParagraphId,
	ExplainerSectionId,
	QuizId
} from '$lib/content/anchors';
import type { Lang } from '$lib/i18n/langs';

/** A piece of guide text in both languages; a missing language is a compile error. */
export type Text = Record<Lang, string>;

/** Pages of the app that the guide may link to (the same slug in both languages). */
export const guidePages = [
	'explainer',
	'glossary',
	'timeline',
	'quizzes',
	'teacher',
	'join'
] as const;
export type GuidePage = (typeof guidePages)[number];

/**
 * Where a guide link points. Only ids agreed in `anchors.ts` and known page slugs can be named,
 * so a renamed section breaks the type check rather than a teacher's lesson.
 */
export type LinkTarget =
	| { kind: 'explainer'; anchor: ExplainerSectionId | ExplainerParagraphId }
	| { kind: 'chart'; anchor: ChartId }
	| { kind: 'quiz'; quiz: QuizId }
	| { kind: 'page'; page: GuidePage }
	/** The explainer with both languages side by side. */
	| { kind: 'parallel' };

/** A link with its own wording: what the teacher opens at this point of the lesson. */
export interface GuideLink {
	target: LinkTarget;
	label: Text;
}

export const stepPhases = [
	'warm_up',
	'reading',
	'charts',
	'discussion',
	'quiz',
	'wrap_up'
] as const;
export type StepPhase = (typeof stepPhases)[number];

/** One timed step of a lesson plan. */
export interface Step {
	minutes: number;
	phase: StepPhase;
	title: Text;
	/** What the teacher and the students do, in a few sentences. */
	activity: Text;
	links: GuideLink[];
}

export type PlanId = 'lesson_45' | 'short_20' | 'double_90' | 'language_45';

/** A lesson plan: one or more lessons, each a list of steps that fill the lesson exactly. */
export interface Plan {
	id: PlanId;
	/** Length of each lesson in minutes; the steps of each lesson must add up to it. */
	lessonMinutes: number;
	intro: Text;
	lessons: Step[][];
}

/**
 * The id of a fact in the shared fact sheet (`$lib/data/facts.json`), the only place its sources
 * are kept; guide.spec.ts checks that every id the guide names is there.
 */
export type FactId = string;

/** A source of a fact the guide states, as the guide prints it. */
export interface Source {
	publisher: string;
	date: string;
	url: string;
}
