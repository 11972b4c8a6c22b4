import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * The join address on the board and in the QR code has no language: each student lands in their
 * own (saved choice, then Accept-Language; see hooks.server.ts). The page in that language then
 * follows an assignment that fixes its language, and answers an unknown code.
 */
export const load: PageServerLoad = ({ params, locals }) => {
	redirect(307, `/${locals.lang}/join/${encodeURIComponent(params.code.slice(0, 40))}`);
};
