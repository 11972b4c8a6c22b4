import { describe, expect, it } from 'vitest';
import { langs } from '$lib/i18n/langs';
import { storyMapBoxes, storyMapFrame, textBox, type LabelBox } from './story-map';

const overlap = (a: Omit<LabelBox, 'text' | 'area'>, b: Omit<LabelBox, 'text' | 'area'>) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: LabelBox, b: Omit<LabelBox, 'text' | 'area'>) =>
	a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;

// The first test in each language draws the map from the 1:50m atlas: about 1.5 s on an idle
// machine, over vitest's 5 s default on a busy one. That is work, not waiting, so it gets room.
describe('story map labels', { timeout: 60_000 }, () => {
	it('estimates a box from the text, its size and anchor, with room for the halo', () => {
		const box = textBox('main', ['abcd'], 100, 50, 10, 'end');
		expect(box.x1).toBeCloseTo(103);
		expect(box.x0).toBeCloseTo(100 - 4 * 10 * 0.62 - 3);
		expect(box.y0).toBeCloseTo(39);
		expect(textBox('main', ['ab', 'abcd'], 0, 0, 10).y1).toBeCloseTo(2.5 + 11 + 3);
	});

	for (const lang of langs) {
		it(`no two texts or markers overlap (${lang})`, () => {
			const boxes = storyMapBoxes(lang);
			expect(boxes.length).toBeGreaterThan(10);
			const clashes: string[] = [];
			boxes.forEach((a, i) =>
				boxes.slice(i + 1).forEach((b) => {
					if (overlap(a, b)) clashes.push(`${a.text} × ${b.text}`);
				})
			);
			expect(clashes).toEqual([]);
		});

		it(`the close-up's texts stay inside it, the main map's outside it (${lang})`, () => {
			const { width, height, inset } = storyMapFrame;
			const map = { x0: 0, y0: 0, x1: width, y1: height };
			for (const box of storyMapBoxes(lang)) {
				expect(inside(box, map), `${box.text} inside the map`).toBe(true);
				if (box.area === 'inset')
					expect(inside(box, inset), `${box.text} in the close-up`).toBe(true);
				else expect(overlap(box, inset), `${box.text} off the close-up`).toBe(false);
			}
		});
	}
});
