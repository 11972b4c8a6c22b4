import { describe, expect, it } from 'vitest';
import { thinTicks, wrapLabel } from './wrap';

describe('chart labels on narrow screens', () => {
	it('wraps a long legend label at spaces', () => {
		const text = "The article's event: Shoigu in Pyongyang, 13 September 2024";
		const lines = wrapLabel(text, 24);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
		expect(wrapLabel('Short', 24)).toEqual(['Short']);
	});

	it('keeps every n-th tick so that the labels fit', () => {
		const ticks = Array.from({ length: 12 }, (_, i) => i);
		expect(thinTicks(ticks, 4)).toEqual([0, 3, 6, 9]);
		expect(thinTicks(ticks, 20)).toEqual(ticks);
	});
});
