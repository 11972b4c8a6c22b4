import type { Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { tokenSchema } from '$lib/classroom/schemas';

/**
 * The teacher's key after the first visit of the private link: an HttpOnly, SameSite=Strict cookie
 * for that one assignment, so that the dashboard, the class view and the downloads have keyless
 * addresses (nothing secret in history, logs or Referer). The server still keeps only the hash.
 */
const name = (id: string) => `teacher-${id}`;
const halfYear = 60 * 60 * 24 * 183;

export function rememberTeacherKey(cookies: Cookies, url: URL, id: string, key: string): void {
	cookies.set(name(id), key, {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		// A class served over plain HTTP on the school network must still get the cookie.
		secure: url.protocol === 'https:',
		maxAge: halfYear
	});
}

/** The key this browser holds for the assignment, if it looks like one (checked against the hash later). */
export function teacherKeyFrom(cookies: Cookies, id: string): string | null {
	const key = cookies.get(name(id));
	return v.is(tokenSchema, key) ? key : null;
}

export function forgetTeacherKey(cookies: Cookies, url: URL, id: string): void {
	cookies.delete(name(id), { path: '/', secure: url.protocol === 'https:' });
}
