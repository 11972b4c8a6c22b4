import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * Where `npm start` (scripts/serve.js) sends a form post that SvelteKit's CSRF check would refuse,
 * so that the reader gets the lesson's own page, in their language, with the same 403.
 */
export const load: PageServerLoad = () => {
	error(403, { message: 'Cross-site form', key: 'error.cross_site_text' });
};
