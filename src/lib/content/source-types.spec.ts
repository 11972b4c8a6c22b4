import { describe, expect, it } from 'vitest';
import { formatSourceDate } from './source-types';

describe('formatSourceDate', () => {
	it('formats dates per language and falls back to the year or nothing', () => {
		expect(formatSourceDate('2024-09-13', 'hu')).toBe('2024. szeptember 13.');
		expect(formatSourceDate('2024-09', 'en')).toBe('September 2024');
		expect(formatSourceDate('2024 (after October; exact date not shown)', 'en')).toBe('2024');
		expect(formatSourceDate('undated', 'hu')).toBeNull();
	});
});
