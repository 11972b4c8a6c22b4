import { describe, expect, it } from 'vitest';
import { backgroundFacts, facts } from '$lib/data';
import { formatSourceDate, publisherParts, tableSources } from './source-types';

describe('formatSourceDate', () => {
	it('formats dates per language and falls back to the year or nothing', () => {
		expect(formatSourceDate('2024-09-13', 'hu')).toBe('2024. szeptember 13.');
		expect(formatSourceDate('2024-09', 'en')).toBe('September 2024');
		expect(formatSourceDate('2024 (after October; exact date not shown)', 'en')).toBe('2024');
		expect(formatSourceDate('undated', 'hu')).toBeNull();
	});
});

describe('publisherParts', () => {
	it('keeps the outlet name and moves relay notes and remarks out, translated', () => {
		expect(publisherParts('Yonhap (via Myanmar News Gazette)', 'hu')).toEqual({
			name: 'Yonhap',
			relay: { kind: 'via', name: 'Myanmar News Gazette' }
		});
		expect(publisherParts('Yonhap via Cambodia Tribune', 'en').relay?.name).toBe(
			'Cambodia Tribune'
		);
		expect(publisherParts('TASS (citing KBS)', 'hu').relay).toEqual({
			kind: 'citing',
			name: 'KBS'
		});
		expect(publisherParts('Infogalactic (Wikipedia mirror)', 'hu')).toEqual({
			name: 'Infogalactic',
			remark: 'Wikipédia-tükör'
		});
		expect(publisherParts('DW (AFP, AP)', 'hu')).toEqual({ name: 'DW (AFP, AP)' });
	});
	it('leaves no English note in any Hungarian rendering of the sheet’s publishers', () => {
		for (const fact of [...facts, ...backgroundFacts])
			for (const { publisher } of fact.sources) {
				const parts = publisherParts(publisher, 'hu');
				expect(parts.name, publisher).not.toMatch(/\b(via|citing|mirror|copy|wire|website)\b/);
				expect(parts.remark ?? '', publisher).not.toMatch(/\b(via|mirror|copy|wire|website)\b/);
			}
	});
});

describe('tableSources', () => {
	it('splits a table source line into publishers and ISO dates', () => {
		expect(tableSources('TASS (citing KBS), 2021-02-19; Izvestia, 2025-06')).toEqual([
			{ publisher: 'TASS (citing KBS)', date: '2021-02-19' },
			{ publisher: 'Izvestia', date: '2025-06' }
		]);
		expect(tableSources('Korea News Digest (Yonhap), 2024')[0].date).toBe('2024');
	});
});
