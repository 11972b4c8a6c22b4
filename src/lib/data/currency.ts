import type { Fact, FactEvent } from './schema';

/** The last day a fact covers: an event's end or start, a point's date, or a bare year. */
function lastDay(fact: Fact): string {
	if (fact.kind === 'event') return fact.date_end ?? fact.date;
	return fact.date ?? String(fact.year ?? '');
}

/**
 * How current the lesson is: the date of its latest fact (ISO, possibly a month or a year).
 * Pages say "as of" this date, so that it moves with the record instead of being written by hand.
 */
export function latestFactDate(facts: readonly Fact[]): string {
	const dates = facts.map(lastDay).filter(Boolean);
	if (dates.length === 0) throw new Error('No dated facts');
	// ISO strings sort as dates; a bare year sorts before any day in it, as it should.
	return dates.reduce((a, b) => (b > a ? b : a));
}

/** The months the timeline spans, for its heading (`2022-02` to `2026-03`). */
export function timelineSpan(events: readonly FactEvent[]): { from: string; to: string } {
	if (events.length === 0) throw new Error('No events');
	const sorted = events.map((e) => e.date).sort();
	const ends = events.map((e) => e.date_end ?? e.date).sort();
	return { from: sorted[0].slice(0, 7), to: ends[ends.length - 1].slice(0, 7) };
}
