import * as v from 'valibot';
import raw from './facts.json';
import { FactsSchema, type Fact, type FactEvent, type SeriesPoint, type Source } from './schema';

/**
 * Validates the fact sheet (copied from the research notes, sources and confidence on every item)
 * and throws on the first problem, so that a fact without a source or with a bad date fails the
 * build and the tests rather than reaching a reader.
 */
export function parseFacts(input: unknown): Fact[] {
	const result = v.safeParse(FactsSchema, input);
	if (!result.success) throw new Error(`Invalid facts:\n${v.summarize(result.issues)}`);
	const seen = new Set<string>();
	for (const fact of result.output) {
		if (seen.has(fact.id)) throw new Error(`Duplicate fact id: ${fact.id}`);
		seen.add(fact.id);
		if (fact.kind === 'event' && fact.date_end && fact.date_end < fact.date)
			throw new Error(`Event ends before it starts: ${fact.id}`);
		if (fact.kind !== 'event' && !fact.date && fact.year === undefined)
			throw new Error(`Fact without a date or year: ${fact.id}`);
		if (fact.kind === 'series' && fact.value_range && fact.value_range[0] > fact.value_range[1])
			throw new Error(`Range upside down: ${fact.id}`);
	}
	return result.output;
}

/** Every event and data point used by the timeline and the charts, validated at load. */
export const facts: readonly Fact[] = parseFacts(raw);

const byId = new Map(facts.map((fact) => [fact.id, fact]));

/** The timeline events, oldest first. */
export const events: readonly FactEvent[] = facts
	.filter((fact): fact is FactEvent => fact.kind === 'event')
	.sort((a, b) => a.date.localeCompare(b.date));

/** Any fact by id (`ev-2024-09-13-shoigu-pyongyang`, `se-shells-rok-2024-09`), or undefined. */
export function getFact(id: string): Fact | undefined {
	return byId.get(id);
}

/** One timeline event by id; throws on an unknown id so that a broken citation fails a test. */
export function getEvent(id: string): FactEvent {
	const fact = byId.get(id);
	if (!fact || fact.kind !== 'event') throw new Error(`No such event: ${id}`);
	return fact;
}

/** The date of a data point: its ISO date, or its year for yearly figures. */
export function pointDate(point: SeriesPoint): string {
	return point.date ?? String(point.year);
}

/**
 * The points of one series (`shells_rok_estimate`, `trade_turnover_usd`, …), in date order;
 * throws on an unknown name.
 */
export function getSeries(name: string): SeriesPoint[] {
	const points = facts
		.filter((fact): fact is SeriesPoint => fact.kind === 'series' && fact.series === name)
		.sort((a, b) => pointDate(a).localeCompare(pointDate(b)));
	if (points.length === 0) throw new Error(`No such series: ${name}`);
	return points;
}

/** The names of all series, in the order of the fact sheet. */
export const seriesNames: readonly string[] = [
	...new Set(facts.flatMap((fact) => (fact.kind === 'series' ? [fact.series] : [])))
];

/** The distinct sources behind some facts (by URL), in first-seen order. */
export function sourcesOf(items: readonly { sources: readonly Source[] }[]): Source[] {
	const out = new Map<string, Source>();
	for (const item of items) for (const source of item.sources) out.set(source.url, source);
	return [...out.values()];
}
