import { placeAnchor, storyPlaces, type StoryMapInfo } from '$lib/content/places';
import type { Lang } from '$lib/i18n/langs';
import { mapText } from './labels';

/** Sent as page data (not imported by the component), so the texts cost no JavaScript. */
export function storyMapInfo(lang: Lang): StoryMapInfo {
	const text = mapText[lang];
	return {
		src: `/${lang}/map.svg`,
		title: text.title,
		description: text.description,
		places: storyPlaces.map((p) => ({
			id: p.id,
			anchor: placeAnchor(p.id),
			name: p.name[lang],
			note: p.note[lang]
		}))
	};
}
