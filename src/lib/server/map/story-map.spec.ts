import { describe, expect, it } from 'vitest';
import places from '$lessons/shoigu-pyongyang-2024/places.yaml';
import { formatError } from '$lib/content/lesson/issues';
import { sharedRefs } from '$lib/content/lesson/refs';
import type { PlacesFile } from '$lib/content/lesson/schema';
import { validateLesson } from '$lib/content/lesson/validate';
import { langs } from '$lib/i18n/langs';
import { defaultSlug } from '$lib/lessons/paths';
import { readLessonFiles } from '../lessons/read';
import type { MapLesson } from './labels';
import { storyMapBoxes, storyMapFrame, storyMapSvg, textBox, type LabelBox } from './story-map';

const overlap = (a: Omit<LabelBox, 'text' | 'area'>, b: Omit<LabelBox, 'text' | 'area'>) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: LabelBox, b: Omit<LabelBox, 'text' | 'area'>) =>
	a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;

const first: MapLesson = { slug: defaultSlug, places: places as PlacesFile };

// The e2e fixture's lesson (a run-time lesson folder), whose map is drawn the same way.
const fixtureSlug = 'putin-pyongyang-2024';
const fixture = validateLesson(
	fixtureSlug,
	readLessonFiles(`e2e/fixtures/lessons/${fixtureSlug}`),
	sharedRefs()
);
const lessons: [string, () => MapLesson][] = [
	['first lesson', () => first],
	['fixture lesson', () => fixture.lesson as MapLesson]
];

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

	it('reads the fixture lesson', () => {
		expect(fixture.errors.map(formatError)).toEqual([]);
	});

	for (const [name, lessonOf] of lessons)
		for (const lang of langs) {
			it(`no two texts or markers overlap (${name}, ${lang})`, () => {
				const boxes = storyMapBoxes(lessonOf(), lang);
				expect(boxes.length).toBeGreaterThan(name === 'first lesson' ? 10 : 5);
				const clashes: string[] = [];
				boxes.forEach((a, i) =>
					boxes.slice(i + 1).forEach((b) => {
						if (overlap(a, b)) clashes.push(`${a.text} × ${b.text}`);
					})
				);
				expect(clashes).toEqual([]);
			});

			it(`the close-up's texts stay inside it, the main map's outside it (${name}, ${lang})`, () => {
				const { width, height, inset } = storyMapFrame;
				const map = { x0: 0, y0: 0, x1: width, y1: height };
				for (const box of storyMapBoxes(lessonOf(), lang)) {
					expect(inside(box, map), `${box.text} inside the map`).toBe(true);
					if (box.area === 'inset')
						expect(inside(box, inset), `${box.text} in the close-up`).toBe(true);
					else expect(overlap(box, inset), `${box.text} off the close-up`).toBe(false);
				}
			});
		}

	it('names each lesson’s own places, in its language', () => {
		const svg = storyMapSvg(fixture.lesson as MapLesson, 'en');
		expect(svg).toContain('>Pyongyang<');
		expect(svg).toContain('>Moscow<');
		expect(svg).not.toContain('Rason');
		// Without places on the close-up, it is not drawn.
		expect(svg).not.toContain('The border, close up');
		expect(svg).toContain('the places the lesson names: Pyongyang and Moscow.');
		expect(storyMapSvg(fixture.lesson as MapLesson, 'hu')).toContain('Phenjan és Moszkva.');
		expect(storyMapSvg(first, 'hu')).toContain('Raszon');
		expect(storyMapSvg(first, 'en')).toContain('The border, close up');
	});
});
