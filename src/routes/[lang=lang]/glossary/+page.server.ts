import { glossary } from '$lib/content/glossary';
import { cleanQuery } from '$lib/content/glossary-search';
import type { PageServerLoad } from './$types';

/**
 * Every glossary term in both languages, and the search sent by the page's GET form (`?q=`): the
 * page filters and sorts them in the reader's language, on the server without JavaScript as well.
 */
export const load: PageServerLoad = ({ url }) => ({
	terms: glossary,
	q: cleanQuery(url.searchParams.get('q'))
});
