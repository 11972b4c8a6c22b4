import { describe, expect, it } from 'vitest';
import { formatSpan } from './dates';

describe('formatSpan', () => {
	it('writes a single day as the house date', () => {
		expect(formatSpan('2024-09-13', undefined, 'hu')).toBe('2024. szeptember 13.');
		expect(formatSpan('2024-09-13', undefined, 'en')).toBe('13 September 2024');
	});
	it('closes up a span of days within one month', () => {
		expect(formatSpan('2023-07-25', '2023-07-27', 'hu')).toBe('2023. július 25–27.');
		expect(formatSpan('2023-07-25', '2023-07-27', 'en')).toBe('25–27 July 2023');
	});
	it('keeps the months of a span across months', () => {
		expect(formatSpan('2025-03-21', '2025-06-17', 'en')).toBe('21 March – 17 June 2025');
		expect(formatSpan('2025-03-21', '2025-06-17', 'hu')).toMatch(
			/^2025\. március 21\. – június 17\.$/
		);
	});
});
