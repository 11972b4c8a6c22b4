import { describe, expect, it } from 'vitest';
import raw from './background.json';
import { backgroundFacts, findFact, requireFact } from './cited';
import { facts, parseFacts } from './facts';

describe('background facts', () => {
	it('are all sourced, dated background items', () => {
		expect(backgroundFacts).toHaveLength(raw.length);
		for (const fact of backgroundFacts) {
			expect(fact.kind).toBe('background');
			expect(fact.sources.length, fact.id).toBeGreaterThan(0);
		}
	});
	it('throw when one has neither a date nor a year', () => {
		const data = structuredClone(raw) as Record<string, unknown>[];
		delete data[0].date;
		delete data[0].year;
		expect(() => parseFacts(data)).toThrow(/without a date/);
	});
});

describe('fact lookup across the sheet', () => {
	it('finds events, data points and background facts by id', () => {
		expect(requireFact('bg-1961-treaty').kind).toBe('background');
		expect(requireFact('ev-2024-09-13-shoigu-pyongyang').kind).toBe('event');
		expect(findFact(facts[0].id)).toBe(facts[0]);
		expect(findFact('bg-nope')).toBeUndefined();
	});
	it('throws on an unknown id', () => {
		expect(() => requireFact('bg-nope')).toThrow(/No such fact/);
	});
});
