import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import background from './background.json';
import raw from './facts.json';
import {
	events,
	facts,
	getEvent,
	getFact,
	getSeries,
	parseFacts,
	seriesNames,
	sourcesOf
} from './facts';
import { isIsoDate } from './schema';
import { backgroundFacts } from './cited';
import { addedFacts, sheetProblems } from './sheet-check';

const clone = () => structuredClone(raw) as Record<string, unknown>[];

describe('isIsoDate', () => {
	it('accepts years, months and real days', () => {
		expect(['2024', '2024-09', '2024-09-13', '2024-02-29'].every(isIsoDate)).toBe(true);
	});
	it('rejects impossible or malformed dates', () => {
		for (const bad of ['2023-02-29', '2024-13', '2024-04-31', '24-09-13', '2024/09/13', ''])
			expect(isIsoDate(bad), bad).toBe(false);
	});
});

describe('parseFacts', () => {
	it('accepts the fact sheet: every item has a source, a confidence and a valid date', () => {
		expect(facts.length).toBe(raw.length);
		for (const fact of facts) {
			expect(fact.sources.length, fact.id).toBeGreaterThan(0);
			expect(['high', 'medium', 'low']).toContain(fact.confidence);
		}
	});
	it('throws on an item without a source', () => {
		const data = clone();
		data[3].sources = [];
		expect(() => parseFacts(data)).toThrow(/source/);
	});
	it('throws on a bad date, in an event or a data point', () => {
		const data = clone();
		data[0].date = '2022-02-30';
		expect(() => parseFacts(data)).toThrow(/Bad date: 2022-02-30/);
		const points = clone();
		points[points.length - 1].date = 'September 2024';
		expect(() => parseFacts(points)).toThrow(/Bad date/);
	});
	it('throws on a source without a web address or with a bad date', () => {
		const data = clone();
		(data[1].sources as Record<string, string>[])[0].url = 'not a url';
		expect(() => parseFacts(data)).toThrow();
		const dated = clone();
		(dated[1].sources as Record<string, string>[])[0].date = 'last week';
		expect(() => parseFacts(dated)).toThrow(/Bad source date/);
	});
	it('throws on a duplicate id, an event ending before it starts, or an undated point', () => {
		const dup = clone();
		dup[1].id = dup[0].id;
		expect(() => parseFacts(dup)).toThrow(/Duplicate/);
		const backwards = clone();
		backwards[0].date_end = '2021-01-01';
		expect(() => parseFacts(backwards)).toThrow(/ends before/);
		const undated = clone();
		const point = undated.find((f) => f.kind === 'series') as Record<string, unknown>;
		delete point.year;
		delete point.date;
		expect(() => parseFacts(undated)).toThrow(/without a date/);
	});
	it('throws on a missing confidence', () => {
		const data = clone();
		delete data[2].confidence;
		expect(() => parseFacts(data)).toThrow();
	});
});

describe('lookups', () => {
	it('lists 61 events in date order, from the invasion to the latest item', () => {
		expect(events).toHaveLength(61);
		expect(events[0].id).toBe('ev-2022-02-24-invasion');
		expect(events.at(-1)?.date).toBe('2026-03-16');
		const dates = events.map((e) => e.date);
		expect([...dates].sort()).toEqual(dates);
	});
	it('finds an event by id and throws on an unknown one', () => {
		expect(getEvent('ev-2024-09-13-shoigu-pyongyang').date).toBe('2024-09-13');
		expect(() => getEvent('ev-nope')).toThrow(/No such event/);
		expect(() => getEvent('se-shells-rok-2024-09')).toThrow();
		expect(getFact('se-shells-rok-2024-09')?.kind).toBe('series');
	});
	it('returns a series in date order and throws on an unknown name', () => {
		const shells = getSeries('shells_rok_estimate');
		expect(shells.map((p) => p.value)).toEqual([1, 3, 4.8, 5.2, 6, 9.4, 10, 12]);
		expect(getSeries('trade_turnover_usd').map((p) => p.year)).toEqual([
			2019, 2020, 2021, 2022, 2023, 2024
		]);
		expect(() => getSeries('no_such_series')).toThrow();
		expect(seriesNames).toContain('troops_sent');
	});
	it('collects the distinct sources of several facts', () => {
		const sources = sourcesOf(getSeries('containers_us'));
		expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
		expect(sources.length).toBeGreaterThanOrEqual(3);
	});
});

/** The shared fact sheet sits beside the checkouts, never inside them: look for it upwards. */
function findSheet(): string | null {
	let dir = process.cwd();
	for (let i = 0; i < 4; i++) {
		const candidate = join(dir, 'shared', 'facts', 'facts.json');
		if (existsSync(candidate)) return candidate;
		dir = dirname(dir);
	}
	return null;
}

const sheetPath = findSheet();

describe('the lesson record against the shared research sheet', () => {
	// The sheet is the research the lesson started from and does not change; the record here is
	// corrected and extended, and every departure must be declared with its source.
	const sheet = sheetPath
		? (JSON.parse(readFileSync(sheetPath, 'utf8')) as Record<string, unknown>[])
		: [];
	const record = [...facts, ...backgroundFacts];

	it.skipIf(!sheetPath)('keeps every sheet fact with its sources, or marks it corrected with the correcting source', () => {
		expect(sheet.length).toBeGreaterThan(50);
		expect(sheetProblems(sheet, record)).toEqual([]);
	});

	it.skipIf(!sheetPath)('gives every added fact a source, a date and a confidence', () => {
		const added = addedFacts(sheet, record);
		expect(added.length).toBeGreaterThan(0);
		for (const fact of added) {
			expect(fact.sources.length, fact.id).toBeGreaterThan(0);
			expect(['high', 'medium', 'low'], fact.id).toContain(fact.confidence);
			const date = fact.kind === 'event' ? fact.date : (fact.date ?? String(fact.year ?? ''));
			expect(isIsoDate(date), fact.id).toBe(true);
		}
	});

	it('refuses an undeclared change, a silent source removal and a correction without its source', () => {
		const sheetCopy = structuredClone([...raw, ...background]) as Record<string, unknown>[];
		for (const fact of sheetCopy) delete fact.corrected;
		const plain = parseFacts(sheetCopy);
		expect(sheetProblems(sheetCopy, plain)).toEqual([]);
		const changed = structuredClone(plain);
		const event = changed.find((f) => f.kind === 'event' && !f.corrected)!;
		(event as { date: string }).date = '2030-01-01';
		expect(sheetProblems(sheetCopy, changed).join()).toMatch(/date differs from the sheet without a correction/);
		event.corrected = { fields: ['date'], note_en: 'x', sources: [{ ...event.sources[0], url: 'https://example.org/' }] };
		expect(sheetProblems(sheetCopy, changed).join()).toMatch(/correcting source .* is not among/);
		event.corrected.sources = [event.sources[0]];
		expect(sheetProblems(sheetCopy, changed)).toEqual([]);
		const dropped = structuredClone(plain);
		const withTwo = dropped.find((f) => f.sources.length > 1 && !f.corrected)!;
		withTwo.sources = withTwo.sources.slice(1);
		expect(sheetProblems(sheetCopy, dropped).join()).toMatch(/source was removed without a correction/);
		expect(sheetProblems(sheetCopy, plain.slice(1)).join()).toMatch(/no longer in the lesson/);
	});
});
