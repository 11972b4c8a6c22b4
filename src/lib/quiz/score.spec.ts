import { describe, expect, it } from 'vitest';
import { scoreSummary, shownPoints } from './score';

describe('points as shown', () => {
	it('keeps at most one decimal', () => {
		expect(shownPoints(5.83)).toBe(5.8);
		expect(shownPoints(0.33)).toBe(0.3);
		expect(shownPoints(2 / 3)).toBe(0.7);
		expect(shownPoints(4)).toBe(4);
	});
	it('sums before rounding, so thirds add up to whole points', () => {
		const thirds = [1 / 3, 1 / 3, 1 / 3].map((score) => ({ score, max: 1 }));
		expect(scoreSummary(thirds)).toEqual({ score: 1, max: 3, share: 1 / 3 });
	});
	it('gives a share of 0 for nothing to score', () => {
		expect(scoreSummary([])).toEqual({ score: 0, max: 0, share: 0 });
	});
});
