import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** `/` has no language of its own: send the reader to the one hooks.server.ts negotiated. */
export const load: PageServerLoad = ({ locals }) => {
	redirect(307, `/${locals.lang}`);
};
