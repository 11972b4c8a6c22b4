import { describe, expect, it } from 'vitest';
import { formatEventDate } from './dates';

describe('formatEventDate', () => {
	it('writes single days in each language’s order', () => {
		expect(formatEventDate('2024-09-13', undefined, 'hu')).toBe('2024. szeptember 13.');
		expect(formatEventDate('2024-09-13', undefined, 'en')).toBe('13 September 2024');
	});
	it('writes spans within a month with an unspaced en dash', () => {
		expect(formatEventDate('2023-07-25', '2023-07-27', 'hu')).toBe('2023. július 25–27.');
		expect(formatEventDate('2023-07-25', '2023-07-27', 'en')).toBe('25–27 July 2023');
	});
	it('writes spans across months with a spaced en dash', () => {
		expect(formatEventDate('2024-11-29', '2024-12-01', 'en')).toBe('29 November – 1 December 2024');
		expect(formatEventDate('2024-11-29', '2024-12-01', 'hu')).toBe(
			'2024. november 29. – december 1.'
		);
	});
	it('keeps a month-only date as a month', () => {
		expect(formatEventDate('2023-08', undefined, 'hu')).toBe('2023. augusztus');
	});
});
