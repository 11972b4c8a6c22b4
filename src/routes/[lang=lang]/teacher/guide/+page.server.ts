import { guidePageData } from '$lib/content/guide/page-data.server';
import type { PageServerLoad } from './$types';

/**
 * The guide's content in both languages, with the sources of the facts it states, built on the
 * server so that neither the guide's text nor the fact sheet ships as JavaScript. It does not read
 * the language, so switching language reuses it without a new request.
 */
export const load: PageServerLoad = () => guidePageData();
