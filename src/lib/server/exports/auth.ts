import * as v from 'valibot';
import { assignmentIdSchema, teacherKeySchema } from '$lib/classroom/schemas';
import { ClassroomError } from '../classroom/errors';
import { teacherAssignment } from '../classroom/teacher';

/**
 * The one check in front of every export (the files hold the answer keys). Today a teacher proves
 * who they are with an assignment's private link, whose id and key the dashboard posts in the
 * form body; when the link moves to a cookie, only this function changes. Throws a 404 refusal
 * for anything else, the same answer as a wrong key on the dashboard.
 */
export async function requireTeacher(
	form: Record<string, unknown>,
	clientAddress: string
): Promise<void> {
	const key = v.safeParse(teacherKeySchema, form);
	if (!v.is(assignmentIdSchema, form.id) || !key.success) throw new ClassroomError('not_found');
	await teacherAssignment(form.id, key.output.key, clientAddress);
}
