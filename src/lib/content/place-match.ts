import file from '$lessons/shoigu-pyongyang-2024/places.yaml';
import type { PlacesFile } from '$lib/content/lesson/schema';

/** A list of words as a pattern that finds any of them as a whole word. */
const anyWord = (words: readonly string[]) =>
	new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);

/**
 * Which mapped places an event's English place text names: the words of each place's `match` in
 * the default lesson's places.yaml. Kept apart from places.ts so that code that only matches places
 * (the timeline's load) needs none of the map's texts.
 */
export const placePatterns: Record<string, RegExp> = Object.fromEntries(
	(file as PlacesFile).places.map((place) => [place.id, anyWord(place.match)])
);

export function placeIdsIn(placeEn: string): string[] {
	return Object.keys(placePatterns).filter((id) => placePatterns[id].test(placeEn));
}
