import { describe, expect, it } from 'vitest';
import {
	defaultThresholds,
	formatThresholds,
	parseThresholds,
	percentOf,
	suggestedMark,
	validThresholds
} from './marks';

describe('suggestedMark', () => {
	it('follows the default bands at their edges', () => {
		const cases: [number, number][] = [
			[0, 1],
			[39.9, 1],
			[40, 2],
			[54.9, 2],
			[55, 3],
			[69.9, 3],
			[70, 4],
			[84.9, 4],
			[85, 5],
			[100, 5]
		];
		for (const [percent, mark] of cases) expect(suggestedMark(percent, 100)).toBe(mark);
	});

	it('is exact where floating point is not (11 of 20 is 55%, 0.29 of 1 is below 40%)', () => {
		expect(suggestedMark(11, 20)).toBe(3);
		expect(suggestedMark(17, 20)).toBe(5);
		expect(suggestedMark(0.29, 1)).toBe(1);
		expect(suggestedMark(14, 20)).toBe(4);
	});

	it('uses the teacher’s own thresholds', () => {
		expect(suggestedMark(50, 100, [50, 60, 75, 90])).toBe(2);
		expect(suggestedMark(89, 100, [50, 60, 75, 90])).toBe(4);
		expect(suggestedMark(49, 100, [50, 60, 75, 90])).toBe(1);
	});

	it('gives no mark without a result', () => {
		expect(suggestedMark(null, 10)).toBeNull();
		expect(suggestedMark(3, null)).toBeNull();
		expect(suggestedMark(0, 0)).toBeNull();
	});
});

describe('thresholds', () => {
	it('accepts whole, rising percentages only', () => {
		expect(validThresholds([40, 55, 70, 85])).toBe(true);
		expect(validThresholds([1, 2, 3, 100])).toBe(true);
		expect(validThresholds([40, 40, 70, 85])).toBe(false);
		expect(validThresholds([40, 55, 70])).toBe(false);
		expect(validThresholds([0, 55, 70, 85])).toBe(false);
		expect(validThresholds([40, 55, 70, 101])).toBe(false);
		expect(validThresholds([40.5, 55, 70, 85])).toBe(false);
	});

	it('round-trips through the stored text and falls back on nonsense', () => {
		expect(parseThresholds(formatThresholds([30, 50, 65, 80]))).toEqual([30, 50, 65, 80]);
		expect(parseThresholds('85,70,55,40')).toEqual(defaultThresholds);
		expect(parseThresholds('')).toEqual(defaultThresholds);
		expect(parseThresholds(null)).toEqual(defaultThresholds);
	});
});

describe('percentOf', () => {
	it('rounds to one decimal and needs a maximum', () => {
		expect(percentOf(5.83, 25)).toBe(23.3);
		expect(percentOf(1, 3)).toBe(33.3);
		expect(percentOf(null, 3)).toBeNull();
		expect(percentOf(1, 0)).toBeNull();
	});
});
