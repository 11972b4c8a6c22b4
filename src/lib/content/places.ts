import type { Lang } from '$lib/i18n/langs';
import { placeIdsIn } from './place-match';

/** The places the lesson names, as drawn on the story map (longitude, latitude in degrees). */
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

export const storyPlaces: readonly StoryPlace[] = [
	{
		id: 'moscow',
		lon: 37.62,
		lat: 55.76,
		kind: 'city',
		inset: false,
		name: { hu: 'Moszkva', en: 'Moscow' },
		note: {
			hu: 'Oroszország fővárosa, innen indult Sojgu.',
			en: 'The capital of Russia, where Shoigu set off from.'
		}
	},
	{
		id: 'kursk',
		lon: 36.2,
		lat: 51.5,
		kind: 'region',
		inset: false,
		name: { hu: 'Kurszki terület', en: 'Kursk region' },
		note: {
			hu: 'Orosz határvidék Ukrajna mellett; 2024 őszétől észak-koreai katonák harcoltak itt.',
			en: 'A Russian region on the border with Ukraine; North Korean soldiers fought here from autumn 2024.'
		}
	},
	{
		id: 'vostochny',
		lon: 128.33,
		lat: 51.88,
		kind: 'site',
		inset: false,
		name: { hu: 'Vosztocsnij űrrepülőtér', en: 'Vostochny Cosmodrome' },
		note: {
			hu: 'Oroszország új űrközpontja az Amur-vidéken; Putyin és Kim 2023 szeptemberében itt találkozott.',
			en: 'Russia’s new space centre in the Amur region; Putin and Kim met here in September 2023.'
		}
	},
	{
		id: 'pyongyang',
		lon: 125.75,
		lat: 39.03,
		kind: 'city',
		inset: false,
		name: { hu: 'Phenjan', en: 'Pyongyang' },
		note: {
			hu: 'Észak-Korea fővárosa; Sojgu itt tárgyalt Kim Dzsong-unnal 2024. szeptember 13-án.',
			en: 'The capital of North Korea; Shoigu held talks with Kim Jong Un here on 13 September 2024.'
		}
	},
	{
		id: 'vladivostok',
		lon: 131.89,
		lat: 43.12,
		kind: 'city',
		inset: true,
		name: { hu: 'Vlagyivosztok', en: 'Vladivostok' },
		note: {
			hu: 'Oroszország legnagyobb csendes-óceáni kikötője, kb. 130 km-re az észak-koreai határtól.',
			en: 'Russia’s largest Pacific port, about 130 km from the North Korean border.'
		}
	},
	{
		id: 'bridge',
		lon: 130.64,
		lat: 42.42,
		kind: 'site',
		inset: true,
		name: { hu: 'Haszan–Tumangang híd', en: 'Khasan–Tumangang bridge' },
		note: {
			hu: 'Vasúti híd a Tumen folyón, a két ország rövid szárazföldi határán.',
			en: 'The rail bridge over the Tumen River, on the two countries’ short land border.'
		}
	},
	{
		id: 'rason',
		lon: 130.3,
		lat: 42.25,
		kind: 'city',
		inset: true,
		name: { hu: 'Raszon', en: 'Rason' },
		note: {
			hu: 'Észak-koreai kikötő és különleges gazdasági övezet, vasút köti össze Oroszországgal.',
			en: 'A North Korean port and special economic zone, linked to Russia by rail.'
		}
	}
];

/** The mapped places an event's English place text names, in map order. */
export function placesInText(placeEn: string): StoryPlace[] {
	const ids = placeIdsIn(placeEn);
	return storyPlaces.filter((place) => ids.includes(place.id));
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
