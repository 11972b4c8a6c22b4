import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/langs';
import { storyMapSvg } from '$lib/server/map/story-map';
import type { RequestHandler } from './$types';

/** The story map, drawn on the server: an image for the page, so it costs no JavaScript. */
export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, { message: 'Not found' });
	return new Response(storyMapSvg(params.lang), {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
};
