import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/langs';
import { findLesson } from '$lib/server/lessons/registry';
import { storyMapSvg } from '$lib/server/map/story-map';
import type { RequestHandler } from './$types';

/**
 * A lesson's story map, drawn on the server from its places.yaml: an image for the page, so it costs
 * no JavaScript. A lesson without places has no map.
 */
export const GET: RequestHandler = ({ params }) => {
	const lesson = findLesson(params.lesson);
	if (!isLang(params.lang) || !lesson || lesson.places.places.length === 0)
		error(404, { message: 'Not found' });
	return new Response(storyMapSvg(lesson, params.lang), {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
};
