import { describe, expect, it } from 'vitest';
import file from '$lessons/shoigu-pyongyang-2024/places.yaml';
import type { PlacesFile } from '$lib/content/lesson/schema';
import { timeline } from '$lib/data/timeline';
import { placeIdsIn, placePatterns } from './place-match';
import { placesInText, storyPlaces } from './places';

// The first lesson's places.yaml.
const places = file as PlacesFile;

describe('story places', () => {
	it('have both languages and distinct ids', () => {
		const all = storyPlaces(places);
		expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
		for (const place of all) {
			for (const lang of ['hu', 'en'] as const) {
				expect(place.name[lang].length).toBeGreaterThan(2);
				expect(place.note[lang].length).toBeGreaterThan(10);
			}
		}
	});

	it('finds the places an event names, and none for places off the map', () => {
		const ids = (text: string) => placesInText(places, text).map((p) => p.id);
		expect(ids('Pyongyang, Moscow, Kyiv')).toEqual(['moscow', 'pyongyang']);
		expect(ids('Tumen River, Khasan–Tumangang')).toEqual(['bridge']);
		expect(ids('Najin (North Korea) → Dunay (Russia)')).toEqual(['rason']);
		expect(ids('Washington')).toEqual([]);
		expect(ids('Diaoyutai State Guesthouse, Beijing')).toEqual([]);
	});

	it('every mapped place but the lesson-only ones is named by some timeline event', () => {
		const named = new Set(
			timeline.flatMap((e) => placesInText(places, e.text.en.place).map((p) => p.id))
		);
		expect([...named].sort()).toEqual(
			expect.arrayContaining(['kursk', 'moscow', 'pyongyang', 'vladivostok', 'vostochny'])
		);
	});

	it('match only the places of the lesson given', () => {
		const other = [{ id: 'vladivostok', match: ['Vladivostok'] }];
		expect(placeIdsIn(other, 'Moscow, then Vladivostok')).toEqual(['vladivostok']);
		expect(placeIdsIn([], 'Moscow')).toEqual([]);
	});
});

describe('place patterns', () => {
	it('cover exactly the mapped places', () => {
		expect(Object.keys(placePatterns(places.places)).sort()).toEqual(
			storyPlaces(places)
				.map((p) => p.id)
				.sort()
		);
	});
});
