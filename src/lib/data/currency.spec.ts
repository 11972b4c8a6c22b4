import { describe, expect, it } from 'vitest';
import { backgroundFacts } from './cited';
import { latestFactDate, timelineSpan } from './currency';
import { events, facts, parseFacts } from './facts';

describe('how current the lesson is', () => {
	it('is the date of the latest fact, events and data points alike', () => {
		const all = [...facts, ...backgroundFacts];
		const latest = latestFactDate(all);
		expect(latest).toBe(events.at(-1)?.date);
		for (const fact of all)
			if (fact.kind === 'event') expect((fact.date_end ?? fact.date) <= latest, fact.id).toBe(true);
	});
	it('moves with the record: a later fact makes it later', () => {
		const [first] = parseFacts([
			{ ...structuredClone(events[0]), id: 'ev-later', date: '2031-05-02', date_end: undefined }
		]);
		expect(latestFactDate([...facts, first])).toBe('2031-05-02');
		expect(() => latestFactDate([])).toThrow();
	});
	it('gives the timeline heading its first and last month', () => {
		expect(timelineSpan(events)).toEqual({ from: '2022-02', to: events.at(-1)!.date.slice(0, 7) });
	});
});
