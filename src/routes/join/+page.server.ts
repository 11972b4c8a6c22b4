import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** `/join` in the reader's language, like `/join/CODE`. */
export const load: PageServerLoad = ({ locals }) => {
	redirect(307, `/${locals.lang}/join`);
};
