import file from '$lessons/shoigu-pyongyang-2024/places.yaml';
import type { PlacesFile } from '$lib/content/lesson/schema';
import type { Lang } from '$lib/i18n/langs';

/** Where each place's label sits beside its marker, on the main map or on the close-up. */
interface LabelAt {
	dx: number;
	dy: number;
	anchor?: 'start' | 'middle' | 'end';
}

/** From the default lesson's places.yaml: each place's `label`, where the place is drawn. */
export const placeLabels: Record<
	string,
	{ main?: LabelAt; inset?: LabelAt; lines?: Record<Lang, string> }
> = Object.fromEntries(
	(file as PlacesFile).places.map(({ id, inset, label: { lines, ...at } }) => [
		id,
		{ [inset ? 'inset' : 'main']: at, ...(lines ? { lines } : {}) }
	])
);

/** A country's name sits at one place on the map whatever the language. */
interface CountryLabel {
	name: Record<Lang, string>;
	lon: number;
	lat: number;
	cls: 'country' | 'country minor';
}

export const countryLabels: CountryLabel[] = [
	{ name: { hu: 'OROSZORSZÁG', en: 'RUSSIA' }, lon: 101, lat: 60.5, cls: 'country' },
	{ name: { hu: 'ÉSZAK-KOREA', en: 'NORTH KOREA' }, lon: 121.5, lat: 36.0, cls: 'country' },
	{ name: { hu: 'KÍNA', en: 'CHINA' }, lon: 103, lat: 40, cls: 'country minor' },
	{ name: { hu: 'UKRAJNA', en: 'UKRAINE' }, lon: 29.5, lat: 46, cls: 'country minor' },
	{ name: { hu: 'MONGÓLIA', en: 'MONGOLIA' }, lon: 96, lat: 46.5, cls: 'country minor' }
];

interface MapText {
	title: string;
	description: string;
	insetTitle: string;
	credit: string;
}

export const mapText: Record<Lang, MapText> = {
	hu: {
		title: 'A történet térképe',
		description:
			'Oroszország és Észak-Korea térképe a leckében szereplő helyekkel: Moszkva, a Kurszki terület, a Vosztocsnij űrrepülőtér, Phenjan, valamint kinagyítva a határvidék Vlagyivosztokkal, a Haszan–Tumangang híddal és Raszonnal.',
		insetTitle: 'A határ kinagyítva',
		credit: 'Adatok: Natural Earth'
	},
	en: {
		title: 'Map of the story',
		description:
			'Map of Russia and North Korea with the places the lesson names: Moscow, the Kursk region, the Vostochny Cosmodrome, Pyongyang and, in a close-up of the border, Vladivostok, the Khasan–Tumangang bridge and Rason.',
		insetTitle: 'The border, close up',
		credit: 'Data: Natural Earth'
	}
};
