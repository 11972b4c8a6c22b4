import { error, type Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignmentIdSchema } from '$lib/classroom/schemas';
import type { Assignment } from './assignments';
import { ClassroomError } from './errors';
import { teacherAssignment } from './teacher';
import { teacherKeyFrom } from './teacher-session';

interface Event {
	params: { id?: string };
	cookies: Cookies;
	getClientAddress(): string;
}

/**
 * The assignment of a keyless teacher page, for the browser that holds its key cookie; anything
 * else is a translated 404 that tells the teacher to open the private link once.
 */
export async function teacherFromCookie(
	event: Event
): Promise<{ assignment: Assignment; key: string }> {
	const id = event.params.id;
	const key = v.is(assignmentIdSchema, id) ? teacherKeyFrom(event.cookies, id) : null;
	if (!id || !key) error(404, { message: 'Not found', key: 'teacher:errors.no_teacher_access' });
	try {
		return { assignment: await teacherAssignment(id, key, event.getClientAddress()), key };
	} catch (e) {
		if (e instanceof ClassroomError) {
			const messageKey = e.key === 'not_found' ? 'teacher:errors.no_teacher_access' : e.messageKey;
			error(e.status, { message: e.key, key: messageKey });
		}
		throw e;
	}
}
