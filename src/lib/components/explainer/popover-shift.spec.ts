import { describe, expect, it } from 'vitest';
import { popoverShift } from './popover-shift';

describe('popoverShift', () => {
	it('leaves a popover that fits where it is', () => {
		expect(popoverShift(20, 300, 1000)).toBe(0);
	});
	it('moves one that runs off the right edge back inside, keeping the margin', () => {
		expect(popoverShift(700, 1050, 1000)).toBe(-58);
	});
	it('moves one that starts left of the margin to the right', () => {
		expect(popoverShift(2, 200, 1000)).toBe(6);
	});
	it('keeps the left edge when the popover is wider than the page', () => {
		expect(popoverShift(100, 500, 300)).toBe(-92);
	});
});
