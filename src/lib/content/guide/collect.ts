import { misconceptions, differentiation, summary } from './background';
import type { SheetId } from './links';
import { plans } from './plans';
import { prompts } from './prompts';
import { factSources, type FactId } from './sources';
import type { GuideLink, Source } from './types';
import { chartQuestions, openQuestions, shellEstimates, timelineRows } from './worksheet';
import { vocabulary } from './vocabulary';

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
			? vocabulary.map((entry) => entry.facts ?? [])
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
 * The sources behind a list of facts, each source once (several facts share a report).
 * Paper gets `perFact = 1`: one source per fact keeps a sheet to the pages it needs.
 */
export function sourcesFor(facts: readonly FactId[], perFact = Infinity): Source[] {
	const seen = new Map<string, Source>();
	for (const id of facts)
		for (const source of factSources[id].slice(0, perFact)) seen.set(source.url, source);
	return [...seen.values()].sort((a, b) => a.publisher.localeCompare(b.publisher, 'en'));
}
