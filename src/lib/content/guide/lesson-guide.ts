import type { Lesson } from '$lib/content/lesson/load';
import { lessonTimeline } from '$lib/data/timeline';
import { defaultSlug } from '$lib/lessons/paths';
import { differentiation, misconceptions, summary, type Misconception } from './background';
import type { SummaryItem } from './background';
import { ages, objectives, preparation, subjects } from './overview';
import { plansOf } from './plans';
import { promptLevels, prompts, type Prompt, type PromptLevel } from './prompts';
import type { FactId, Plan, Text } from './types';
import { glossaryFacts, lessonTerms, nameForms, type VocabEntry } from './vocabulary';
import {
	chartQuestions,
	openQuestions,
	shellEstimates,
	timelineRows,
	type PaperQuestion,
	type ShellEstimate,
	type TimelineRow
} from './worksheet';

/** What the guide reads of a lesson: its folder's plans, glossary, people and timeline. */
export type GuideLesson = Pick<
	Lesson,
	'slug' | 'meta' | 'plans' | 'glossary' | 'people' | 'timeline'
>;

/** Everything a lesson's teacher's guide and its printables show, before it is put in one language. */
export interface LessonGuide {
	slug: string;
	plans: Plan[];
	overview?: {
		objectives: typeof objectives;
		subjects: typeof subjects;
		ages: Text;
		preparation: Text[];
	};
	prompts: { level: PromptLevel; items: Prompt[] }[];
	summary: SummaryItem[];
	misconceptions: Misconception[];
	differentiation?: typeof differentiation;
	/** Task 1 of the worksheet. */
	timelineRows: TimelineRow[];
	/** Task 2 (the shells chart to read); empty leaves the task out. */
	shellEstimates: ShellEstimate[];
	chartQuestions: PaperQuestion[];
	/** Task 3; empty leaves the task out. */
	openQuestions: PaperQuestion[];
	/** The vocabulary sheet's words: the lesson's glossary and any words of its own. */
	terms: VocabEntry[];
	/** Facts the glossary's definitions state, printed as the vocabulary sheet's sources. */
	termFacts: FactId[];
	nameForms: Text[];
}

/**
 * A lesson's guide. Every lesson's comes from its folder: the plans (guide/plans.yaml), the
 * vocabulary sheet (glossary.yaml, people.yaml's names) and, for a lesson that writes no guide
 * texts, the summary and the worksheet's timeline task from its timeline.yaml, every line with its
 * fact's sources.
 *
 * Still the default lesson's only, as TypeScript beside this module (they name its explainer's
 * anchors, its charts and its facts, and the folder format has no file for them yet): the
 * objectives and subjects, the discussion prompts, the hand-written summary and misconceptions,
 * the differentiation, the worksheet's own timeline wording, its shells chart and open questions,
 * and the vocabulary sheet's extra words and name forms.
 */
export function lessonGuide(lesson: GuideLesson): LessonGuide {
	let guide = built.get(lesson);
	if (!guide) built.set(lesson, (guide = buildGuide(lesson)));
	return guide;
}

/** Each lesson's guide, built once: a lesson's content does not change while the server runs. */
const built = new WeakMap<GuideLesson, LessonGuide>();

function buildGuide(lesson: GuideLesson): LessonGuide {
	const plans = plansOf(lesson.plans);
	const glossary = lesson.glossary.terms.map(({ term, definition }) => ({ term, definition }));
	if (lesson.slug === defaultSlug)
		return {
			slug: lesson.slug,
			plans,
			overview: { objectives, subjects, ages, preparation },
			prompts: promptLevels.map((level) => ({ level, items: prompts[level] })),
			summary,
			misconceptions,
			differentiation,
			timelineRows,
			shellEstimates,
			chartQuestions,
			openQuestions,
			terms: [...glossary, ...lessonTerms],
			termFacts: glossaryFacts,
			nameForms
		};
	const events = lessonTimeline(lesson.timeline, lesson.meta.article.fact).map((event) => ({
		date: event.fact.date,
		until: event.fact.date_end,
		title: { hu: event.text.hu.title, en: event.text.en.title },
		facts: [event.id]
	}));
	return {
		slug: lesson.slug,
		plans,
		prompts: [],
		summary: events.map(({ date, until, title, facts }) => ({ date, until, text: title, facts })),
		misconceptions: [],
		// Every other row asks for the date, the others for the event, starting with the event.
		timelineRows: events.map(({ date, until, title, facts }, i) => ({
			date,
			until,
			event: title,
			blank: i % 2 ? 'date' : 'event',
			facts
		})),
		shellEstimates: [],
		chartQuestions: [],
		openQuestions: [],
		terms: glossary,
		termFacts: [],
		nameForms: lesson.people.people.map((person) => person.name)
	};
}
