import { describe, expect, it } from 'vitest';
import { scoreDistribution } from './distribution';

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
