import { database } from '$lib/server/classroom/service';
import { attemptPath, rememberResumeToken } from '$lib/server/classroom/attempt-session';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { findByToken } from '$lib/server/classroom/participants';
import type { PageServerLoad } from './$types';

// The page only moves on (see +page.svelte): no app script to load, and none to race the refresh.
export const csr = false;

/**
 * A student's resume link (shared, in a QR code, or the "continue as" button of the join page):
 * checks the token, keeps it in this browser's HttpOnly cookie for this attempt and moves on to the
 * keyless attempt page. The page in between (not a redirect) makes the next request start from
 * this site, so that the SameSite=Strict cookie is sent even when the link came from a chat or a
 * learning platform. An unknown token is a translated 404.
 */
export const load: PageServerLoad = ({ params, locals, url, cookies, setHeaders }) =>
	refusingLoad(async () => {
		const { participant, assignment } = await findByToken(await database(), params.token);
		rememberResumeToken(cookies, url, participant.id, params.token);
		setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
		// An assignment in one language is taken in that language: go straight there.
		const lang = assignment.lang === 'choice' ? locals.lang : assignment.lang;
		return { target: attemptPath(lang, participant.id) };
	});
