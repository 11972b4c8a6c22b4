import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('formatDate', () => {
	it('writes full dates in each language’s order', () => {
		expect(formatDate('2024-09-13', 'hu')).toBe('2024. szeptember 13.');
		expect(formatDate('2024-09-13', 'en')).toBe('13 September 2024');
	});
	it('writes months and years without inventing a day', () => {
		expect(formatDate('2024-07', 'hu')).toBe('2024. július');
		expect(formatDate('2024-07', 'en')).toBe('July 2024');
		expect(formatDate('2022', 'en')).toBe('2022');
	});
});

describe('formatNumber', () => {
	it('uses a decimal comma and space-grouped thousands in Hungarian', () => {
		expect(formatNumber(9.4, 'hu')).toBe('9,4');
		expect(formatNumber(13000, 'hu').replace(/\s/g, ' ')).toBe('13 000');
	});
	it('uses a decimal point and comma-grouped thousands in English', () => {
		expect(formatNumber(9.4, 'en')).toBe('9.4');
		expect(formatNumber(13000, 'en')).toBe('13,000');
	});
});

describe('formatters', () => {
	it('are made once per option set, not once per call (each holds ICU memory the GC does not see)', () => {
		formatDate('2024-09-13', 'hu');
		formatNumber(1, 'en', { maximumFractionDigits: 1 });
		const dates = vi.spyOn(Intl, 'DateTimeFormat');
		const numbers = vi.spyOn(Intl, 'NumberFormat');
		for (let day = 1; day <= 28; day++) {
			formatDate(`2024-09-${String(day).padStart(2, '0')}`, 'hu');
			formatNumber(day / 3, 'en', { maximumFractionDigits: 1 });
		}
		expect(dates).not.toHaveBeenCalled();
		expect(numbers).not.toHaveBeenCalled();
		dates.mockRestore();
		numbers.mockRestore();
	});
});
