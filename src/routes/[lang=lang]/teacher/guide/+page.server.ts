import { error } from '@sveltejs/kit';
import { guidePageData } from '$lib/content/guide/page-data.server';
import { isLang } from '$lib/i18n/langs';
import type { PageServerLoad } from './$types';

/**
 * The guide's content in the page's language, with the sources of the facts it states, built on
 * the server so that neither the guide's text nor the fact sheet ships as JavaScript (and the
 * page carries one language, not two).
 */
export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, { message: 'Not found' });
	return guidePageData(params.lang);
};
