import type { PlacesFile } from '$lib/content/lesson/schema';

/** What matching needs of a place: its id and the `match` words of its places.yaml entry. */
export type PlaceWords = Pick<PlacesFile['places'][number], 'id' | 'match'>;

/** A list of words as a pattern that finds any of them as a whole word. */
const anyWord = (words: readonly string[]) =>
	new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);

/** Each place's pattern: any of its `match` words, as a whole word. */
export const placePatterns = (places: readonly PlaceWords[]): Record<string, RegExp> =>
	Object.fromEntries(places.map((place) => [place.id, anyWord(place.match)]));

/**
 * Which of a lesson's mapped places an event's English place text names: the words of each place's
 * `match` in its places.yaml, in map order. Kept apart from places.ts so that code that only matches
 * places (the timeline's load) needs none of the map's texts.
 */
export function placeIdsIn(places: readonly PlaceWords[], placeEn: string): string[] {
	const patterns = placePatterns(places);
	return Object.keys(patterns).filter((id) => patterns[id].test(placeEn));
}
