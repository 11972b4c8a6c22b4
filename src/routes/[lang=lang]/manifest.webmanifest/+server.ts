import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/langs';
import { webManifest, type ManifestWords } from '$lib/pwa/manifest';
import { localeResources } from '$lib/server/locales';
import type { RequestHandler } from './$types';

/** The web app manifest in the page's language (installing the lesson as an app). */
export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, { message: 'Not found' });
	const words = localeResources[params.lang].common as unknown as ManifestWords;
	return new Response(JSON.stringify(webManifest(params.lang, words)), {
		headers: {
			'content-type': 'application/manifest+json; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
};
