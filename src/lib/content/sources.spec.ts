import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSourceDate } from './source-types';
import { facts } from './sources';

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

interface SheetItem {
	id: string;
	confidence: string;
	sources: { publisher: string; url: string; date: string }[];
}

const sheetPath = findSheet();

describe('fact registry', () => {
	it('has at least one http(s) source with a publisher for every fact', () => {
		for (const [id, fact] of Object.entries(facts)) {
			expect(fact.sources.length, id).toBeGreaterThan(0);
			for (const source of fact.sources) {
				expect(source.url, id).toMatch(/^https?:\/\/[^\s]+$/);
				expect(source.publisher.trim(), id).not.toBe('');
			}
		}
	});

	it.skipIf(!sheetPath)('matches the shared fact sheet: same ids, sources and confidence', () => {
		const sheet = JSON.parse(readFileSync(sheetPath as string, 'utf8')) as SheetItem[];
		const byId = new Map(sheet.map((item) => [item.id, item]));
		for (const [id, fact] of Object.entries(facts)) {
			const item = byId.get(id);
			expect(item, id).toBeDefined();
			expect(fact.confidence, id).toBe(item?.confidence);
			expect(
				fact.sources.map((s) => [s.publisher, s.date, s.url]),
				id
			).toEqual(item?.sources.map((s) => [s.publisher, s.date, s.url]));
		}
	});
});

describe('formatSourceDate', () => {
	it('formats dates per language and falls back to the year or nothing', () => {
		expect(formatSourceDate('2024-09-13', 'hu')).toBe('2024. szeptember 13.');
		expect(formatSourceDate('2024-09', 'en')).toBe('September 2024');
		expect(formatSourceDate('2024 (after October; exact date not shown)', 'en')).toBe('2024');
		expect(formatSourceDate('undated', 'hu')).toBeNull();
	});
});
