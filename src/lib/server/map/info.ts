import { placeAnchor, storyPlaces, type StoryMapInfo } from '$lib/content/places';
import type { Lang } from '$lib/i18n/langs';
import { mapHref } from '$lib/lessons/paths';
import { mapText, type MapLesson } from './labels';

/**
 * A lesson's story map for a page, or undefined for a lesson without places. Sent as page data (not
 * imported by the component), so the texts cost no JavaScript.
 */
export function storyMapInfo(lesson: MapLesson, lang: Lang): StoryMapInfo | undefined {
	if (lesson.places.places.length === 0) return undefined;
	const text = mapText(lesson, lang);
	return {
		src: mapHref(lang, lesson.slug),
		title: text.title,
		description: text.description,
		places: storyPlaces(lesson.places).map((p) => ({
			id: p.id,
			anchor: placeAnchor(p.id),
			name: p.name[lang],
			note: p.note[lang]
		}))
	};
}
