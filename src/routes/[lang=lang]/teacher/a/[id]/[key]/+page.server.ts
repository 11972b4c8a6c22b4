import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignmentIdSchema, tokenSchema } from '$lib/classroom/schemas';
import { ClassroomError } from '$lib/server/classroom/errors';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { teacherAssignment } from '$lib/server/classroom/teacher';
import { rememberTeacherKey } from '$lib/server/classroom/teacher-session';
import type { PageServerLoad } from './$types';

// The page only moves on (see +page.svelte): no app script to load, and none to race the refresh.
export const csr = false;

/**
 * The private link, on any device: checks the key, keeps it in this browser's HttpOnly cookie and
 * moves on to the keyless dashboard. The page in between (not a redirect) makes the next request
 * start from this site, so that the SameSite=Strict cookie is sent even when the link was opened
 * from a mail, a chat or a QR scanner.
 */
export const load: PageServerLoad = ({
	params,
	locals,
	url,
	cookies,
	getClientAddress,
	setHeaders
}) =>
	refusingLoad(async () => {
		if (!v.is(assignmentIdSchema, params.id) || !v.is(tokenSchema, params.key)) {
			error(404, { message: 'Not found', key: 'teacher:errors.not_found' });
		}
		try {
			await teacherAssignment(params.id, params.key, getClientAddress());
		} catch (e) {
			if (e instanceof ClassroomError) error(e.status, { message: e.key, key: e.messageKey });
			throw e;
		}
		rememberTeacherKey(cookies, url, params.id, params.key);
		setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
		return { target: `/${locals.lang}/teacher/a/${params.id}` };
	});
