import { describe, expect, it } from 'vitest';
import { timeline } from '$lib/data/timeline';
import { placePatterns } from './place-match';
import { placesInText, storyPlaces } from './places';

describe('story places', () => {
	it('have both languages and distinct ids', () => {
		expect(new Set(storyPlaces.map((p) => p.id)).size).toBe(storyPlaces.length);
		for (const place of storyPlaces) {
			for (const lang of ['hu', 'en'] as const) {
				expect(place.name[lang].length).toBeGreaterThan(2);
				expect(place.note[lang].length).toBeGreaterThan(10);
			}
		}
	});

	it('finds the places an event names, and none for places off the map', () => {
		expect(placesInText('Pyongyang, Moscow, Kyiv').map((p) => p.id)).toEqual([
			'moscow',
			'pyongyang'
		]);
		expect(placesInText('Tumen River, Khasan–Tumangang').map((p) => p.id)).toEqual(['bridge']);
		expect(placesInText('Najin (North Korea) → Dunay (Russia)').map((p) => p.id)).toEqual([
			'rason'
		]);
		expect(placesInText('Washington')).toEqual([]);
		expect(placesInText('Diaoyutai State Guesthouse, Beijing')).toEqual([]);
	});

	it('every mapped place but the lesson-only ones is named by some timeline event', () => {
		const named = new Set(timeline.flatMap((e) => placesInText(e.text.en.place).map((p) => p.id)));
		expect([...named].sort()).toEqual(
			expect.arrayContaining(['kursk', 'moscow', 'pyongyang', 'vladivostok', 'vostochny'])
		);
	});
});

describe('place patterns', () => {
	it('cover exactly the mapped places', () => {
		expect(Object.keys(placePatterns).sort()).toEqual(storyPlaces.map((p) => p.id).sort());
	});
});
