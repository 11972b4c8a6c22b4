import type { PlacesFile } from '$lib/content/lesson/schema';
import type { Lang } from '$lib/i18n/langs';
import { placeIdsIn } from './place-match';

/** The places a lesson names, as drawn on its story map (longitude, latitude in degrees). */
export interface StoryPlace {
	id: string;
	lon: number;
	lat: number;
	/** A region is drawn as a ring, a city or site as a dot. */
	kind: 'city' | 'site' | 'region';
	/** Drawn on the close-up of the border (where three places are a few kilometres apart). */
	inset: boolean;
	name: Record<Lang, string>;
	note: Record<Lang, string>;
}

/** A lesson's places (its places.yaml), in the order the map lists them. */
export const storyPlaces = (file: PlacesFile): StoryPlace[] =>
	file.places.map((place) => ({
		id: place.id,
		lon: place.lon,
		lat: place.lat,
		kind: place.kind,
		inset: place.inset,
		name: place.name,
		note: place.note
	}));

/** The lesson's mapped places an event's English place text names, in map order. */
export function placesInText(file: PlacesFile, placeEn: string): StoryPlace[] {
	const ids = placeIdsIn(file.places, placeEn);
	return storyPlaces(file).filter((place) => ids.includes(place.id));
}

/** The id of a place's entry in the map's list, the target of "on the map" links. */
export function placeAnchor(id: string): string {
	return `place-${id}`;
}

/** What a page needs to show the map: its address, and its title, description and places as text. */
export interface StoryMapInfo {
	src: string;
	title: string;
	description: string;
	places: { id: string; anchor: string; name: string; note: string }[];
}
