import { describe, expect, it } from 'vitest';
import { formatDateTime, minutesSeconds, percent } from './format';

describe('classroom formatting', () => {
	it('shows times in Budapest time in both languages', () => {
		expect(formatDateTime('2026-11-25T08:05:00Z', 'hu')).toContain('9:05');
		expect(formatDateTime('2026-11-25T08:05:00Z', 'en')).toContain('09:05');
	});

	it('splits durations and rounds shares', () => {
		expect(minutesSeconds(252.4)).toEqual({ m: 4, s: 12 });
		expect(minutesSeconds(-3)).toEqual({ m: 0, s: 0 });
		expect(percent(0.666)).toBe(67);
		expect(percent(null)).toBeNull();
	});
});
