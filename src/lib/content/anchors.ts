import type { Lang } from '$lib/i18n/langs';
import type { EvidenceChartId } from './chart-ids';
import { lessonHref } from '$lib/lessons/paths';

export { quizHref } from '$lib/lessons/paths';

/**
 * The stable link targets of the lesson, agreed before the pages were written so that quizzes,
 * the timeline and the teacher's guide can point at a paragraph, chart or quiz that is sure to exist.
 * Specs check both sides: every id here is rendered, and every link elsewhere uses an id from here.
 * Ids never change once published (teachers' printouts and old quiz results link to them).
 */
export const explainerSections = {
	meeting: ['meeting-who', 'meeting-talks', 'meeting-second-visit'],
	'first-visit': [
		'first-visit-2023',
		'first-visit-weapons',
		'first-visit-shipments',
		'first-visit-missiles'
	],
	meetings: ['meetings-vostochny', 'meetings-knevichi', 'meetings-putin', 'meetings-delegation'],
	treaty: ['treaty-signing', 'treaty-article4', 'treaty-ratification', 'treaty-old-treaties'],
	flows: [
		'flows-shells',
		'flows-152mm',
		'flows-missiles',
		'flows-troops',
		'flows-return',
		'flows-known-estimated'
	],
	'why-it-matters': ['why-ukraine', 'why-sanctions', 'why-veto', 'why-neighbours'],
	after: ['after-kursk', 'after-treaty-in-force', 'after-acknowledged', 'after-visits']
} as const;

export type ExplainerSectionId = keyof typeof explainerSections;
export type ExplainerParagraphId = (typeof explainerSections)[ExplainerSectionId][number];

export { chartIds, extraChartIds, type ChartId, type EvidenceChartId } from './chart-ids';

/** The default lesson's quizzes, at `/{lang}/{slug}/quizzes/{id}`. */
export const quizIds = ['article', 'context', 'data', 'words'] as const;
export type QuizId = (typeof quizIds)[number];

/** Where a piece of evidence lives: an explainer paragraph or section, or a chart. */
export type Evidence =
	| { kind: 'explainer'; anchor: ExplainerSectionId | ExplainerParagraphId }
	| { kind: 'chart'; anchor: EvidenceChartId };

export const explainerParagraphIds: readonly ExplainerParagraphId[] =
	Object.values(explainerSections).flat();

/** The page address of a piece of evidence, in the reader's language. */
export function evidenceHref(lang: Lang, evidence: Evidence): string {
	const page = lessonHref(lang, evidence.kind === 'chart' ? 'timeline' : 'explainer');
	return `${page}#${evidence.anchor}`;
}
