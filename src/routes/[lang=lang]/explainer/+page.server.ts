import { error } from '@sveltejs/kit';
import { explainerData } from '$lib/content/explainer-data.server';
import { lessonAsOf } from '$lib/data/currency.server';
import { isLang } from '$lib/i18n/langs';
import type { PageServerLoad } from './$types';

/**
 * The explainer in the page's language, with its glossary, people and cited facts; the other
 * language's text only for `?parallel=1`, the one view that shows it (about half the page's
 * HTML otherwise). Runs on the server so the content code never ships to the browser. The
 * language switch and the parallel toggle navigate, so they fetch the data they need.
 */
export const load: PageServerLoad = ({ params, url }) => {
	if (!isLang(params.lang)) error(404, { message: 'Not found' });
	return {
		...explainerData(params.lang, url.searchParams.get('parallel') === '1'),
		asOf: lessonAsOf
	};
};
