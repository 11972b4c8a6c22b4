import { describe, expect, it } from 'vitest';
import { averagePercent, scoreDistribution } from './distribution';

describe('score distribution', () => {
	it('puts scores in tenths of the maximum, full marks in the top band', () => {
		const bands = scoreDistribution([
			{ score: 0, max: 10 },
			{ score: 0.9, max: 10 },
			{ score: 5, max: 10 },
			{ score: 9.99, max: 10 },
			{ score: 10, max: 10 },
			{ score: 3, max: 0 }
		]);
		expect(bands).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
	});
});

describe('class average', () => {
	it("averages each attempt's share of its maximum, to one decimal", () => {
		expect(
			averagePercent([
				{ score: 5, max: 10 },
				{ score: 2, max: 3 },
				{ score: 10, max: 10 }
			])
		).toBe(72.2);
	});
	it('skips attempts without a maximum and clamps out-of-range scores', () => {
		expect(
			averagePercent([
				{ score: 12, max: 10 },
				{ score: -1, max: 10 },
				{ score: 3, max: 0 }
			])
		).toBe(50);
	});
	it('is null before anyone has submitted', () => {
		expect(averagePercent([])).toBeNull();
		expect(averagePercent([{ score: 0, max: 0 }])).toBeNull();
	});
});
