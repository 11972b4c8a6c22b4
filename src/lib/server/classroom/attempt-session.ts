import type { Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { tokenSchema } from '$lib/classroom/schemas';
import { langs } from '$lib/i18n/langs';

/**
 * The student's resume token after the first visit of their link (or straight after joining): an
 * HttpOnly, SameSite=Strict cookie scoped to that one attempt page's path, in each language, so
 * that the attempt lives at a keyless address (`/{lang}/attempt/{participant id}`): nothing secret
 * in history, logs or Referer. Each attempt has a path of its own, so two assignments taken in one
 * browser keep a cookie each, and neither is sent anywhere else on the site.
 */
const name = 'resume';
const halfYear = 60 * 60 * 24 * 183;

/** The keyless address of a student's attempt page. */
export function attemptPath(lang: string, participantId: string): string {
	return `/${lang}/attempt/${participantId}`;
}

export function rememberResumeToken(
	cookies: Cookies,
	url: URL,
	participantId: string,
	token: string
): void {
	for (const lang of langs) {
		cookies.set(name, token, {
			path: attemptPath(lang, participantId),
			httpOnly: true,
			sameSite: 'strict',
			// A class served over plain HTTP on the school network must still get the cookie.
			secure: url.protocol === 'https:',
			maxAge: halfYear
		});
	}
}

/** The token this browser holds for the attempt page being read, if it looks like one. */
export function resumeTokenFrom(cookies: Cookies): string | null {
	const token = cookies.get(name);
	return v.is(tokenSchema, token) ? token : null;
}
