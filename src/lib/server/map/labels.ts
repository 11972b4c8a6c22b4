import type { PlacesFile } from '$lib/content/lesson/schema';
import type { Lang } from '$lib/i18n/langs';
import { defaultSlug } from '$lib/lessons/paths';

/** What the story map needs of a lesson: its slug (its address) and its places.yaml. */
export interface MapLesson {
	slug: string;
	places: PlacesFile;
}

/** Where each place's label sits beside its marker, on the main map or on the close-up. */
interface LabelAt {
	dx: number;
	dy: number;
	anchor?: 'start' | 'middle' | 'end';
}

/** From a lesson's places.yaml: each place's `label`, where the place is drawn. */
export const placeLabels = (
	file: PlacesFile
): Record<string, { main?: LabelAt; inset?: LabelAt; lines?: Record<Lang, string> }> =>
	Object.fromEntries(
		file.places.map(({ id, inset, label: { lines, ...at } }) => [
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

/** The first lesson's texts: its description was written for its places. */
const firstLessonText: Record<Lang, MapText> = {
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

/** Another lesson's description, from its places: those on the main map, then those on the close-up. */
const describePlaces: Record<Lang, (main: string, inset: string) => string> = {
	hu: (main, inset) =>
		`Oroszország és Észak-Korea térképe a leckében szereplő helyekkel: ${[main && `${main}`, inset && `a határvidék kinagyítva: ${inset}`].filter(Boolean).join('; ')}.`,
	en: (main, inset) =>
		`Map of Russia and North Korea with the places the lesson names: ${[main, inset && `in a close-up of the border, ${inset}`].filter(Boolean).join('; ')}.`
};

/** A lesson's map texts in one language: the first lesson's own, or a description from its places. */
export function mapText(lesson: MapLesson, lang: Lang): MapText {
	if (lesson.slug === defaultSlug) return firstLessonText[lang];
	const list = (inset: boolean) =>
		new Intl.ListFormat(lang, { type: 'conjunction' }).format(
			lesson.places.places.filter((p) => p.inset === inset).map((p) => p.name[lang])
		);
	return {
		...firstLessonText[lang],
		description: describePlaces[lang](list(false), list(true))
	};
}
