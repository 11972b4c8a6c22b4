import { misconceptions, differentiation, summary } from './background';
import type { SheetId } from './links';
import { plans } from './plans';
import { prompts } from './prompts';
import { requireFact } from '$lib/data/cited';
import type { FactId, GuideLink, Source } from './types';
import { chartQuestions, openQuestions, shellEstimates, timelineRows } from './worksheet';
import { glossaryFacts, lessonTerms } from './vocabulary';

/** Every link the guide page shows, in page order. */
export function allGuideLinks(): GuideLink[] {
	return [
		...plans.flatMap((plan) => plan.lessons.flat().flatMap((step) => step.links)),
		...Object.values(prompts).flatMap((list) => list.flatMap((p) => (p.link ? [p.link] : []))),
		...misconceptions.flatMap((m) => m.links),
		...Object.values(differentiation).flatMap((list) =>
			list.flatMap((d) => (d.link ? [d.link] : []))
		)
	];
}

/** The facts a printable states, each once, in the order they appear on the sheet. */
export function sheetFacts(sheet: SheetId): FactId[] {
	const paper = [...chartQuestions, ...openQuestions];
	const lists: FactId[][] =
		sheet === 'vocabulary'
			? [...lessonTerms.map((entry) => entry.facts ?? []), glossaryFacts]
			: [
					...timelineRows.map((row) => row.facts),
					...shellEstimates.map((point) => point.facts),
					...(sheet === 'answer-key' ? paper.map((q) => q.facts) : [])
				];
	return [...new Set(lists.flat())];
}

/** The facts the guide page's background section states. */
export function backgroundFacts(): FactId[] {
	return [...new Set([...summary, ...misconceptions].flatMap((item) => item.facts))];
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
