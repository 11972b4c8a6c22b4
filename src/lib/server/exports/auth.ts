import type { Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignmentIdSchema, tokenSchema } from '$lib/classroom/schemas';
import { ClassroomError } from '../classroom/errors';
import { teacherAssignment } from '../classroom/teacher';
import { teacherKeyFrom } from '../classroom/teacher-session';

/**
 * The one check in front of every export (the files hold the answer keys): the dashboard posts
 * the assignment's id, and the key comes from the teacher's HttpOnly cookie for it (or, as for the
 * class results, from a form field), never from the URL. Throws a 404 refusal for anything else,
 * the same answer as a wrong key on the dashboard.
 */
export async function requireTeacher(
	form: Record<string, unknown>,
	cookies: Cookies,
	clientAddress: string
): Promise<void> {
	const id = form.id;
	if (!v.is(assignmentIdSchema, id)) throw new ClassroomError('not_found');
	const key = v.is(tokenSchema, form.key) ? form.key : teacherKeyFrom(cookies, id);
	if (!key) throw new ClassroomError('not_found');
	await teacherAssignment(id, key, clientAddress);
}
