import type { SheetId } from './links';
import type { LessonGuide } from './lesson-guide';
import { requireFact } from '$lib/data/cited';
import type { FactId, GuideLink, Source } from './types';

/** Every link a lesson's guide page shows, in page order. */
export function allGuideLinks(guide: LessonGuide): GuideLink[] {
	return [
		...guide.plans.flatMap((plan) => plan.lessons.flat().flatMap((step) => step.links)),
		...guide.prompts.flatMap(({ items }) => items.flatMap((p) => (p.link ? [p.link] : []))),
		...guide.misconceptions.flatMap((m) => m.links),
		...Object.values(guide.differentiation ?? {}).flatMap((list) =>
			list.flatMap((d) => (d.link ? [d.link] : []))
		)
	];
}

/** The facts a printable of a lesson's guide states, each once, in the order they appear on the sheet. */
export function sheetFacts(guide: LessonGuide, sheet: SheetId): FactId[] {
	const paper = [...guide.chartQuestions, ...guide.openQuestions];
	const lists: FactId[][] =
		sheet === 'vocabulary'
			? [...guide.terms.map((entry) => entry.facts ?? []), guide.termFacts]
			: [
					...guide.timelineRows.map((row) => row.facts),
					...guide.shellEstimates.map((point) => point.facts),
					...(sheet === 'answer-key' ? paper.map((q) => q.facts) : [])
				];
	return [...new Set(lists.flat())];
}

/** The facts a lesson's guide page's background section states. */
export function backgroundFacts(guide: LessonGuide): FactId[] {
	return [...new Set([...guide.summary, ...guide.misconceptions].flatMap((item) => item.facts))];
}

/**
 * The sources behind a list of facts, each source once (several facts share a report), read from
 * the shared fact sheet on the server; throws on an id the sheet does not have. The screen shows
 * the sheet's first two sources of a fact, paper (`perFact = 1`) one, to keep a sheet to the pages
 * it needs.
 */
export function sourcesFor(facts: readonly FactId[], perFact = 2): Source[] {
	const seen = new Map<string, Source>();
	for (const id of facts)
		for (const { publisher, date, url } of requireFact(id).sources.slice(0, perFact))
			seen.set(url, { publisher, date, url });
	return [...seen.values()].sort((a, b) => a.publisher.localeCompare(b.publisher, 'en'));
}
