import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignmentIdSchema } from '$lib/classroom/schemas';
import { ClassroomError } from '$lib/server/classroom/errors';
import { lobby } from '$lib/server/classroom/lobby';
import { api, database } from '$lib/server/classroom/service';
import { teacherAssignment } from '$lib/server/classroom/teacher';
import { teacherKeyFrom } from '$lib/server/classroom/teacher-session';
import type { RequestHandler } from './$types';

/**
 * Who has joined, for the class view on the projector: nicknames and a count, no scores. Only for
 * the browser holding the teacher's cookie (SameSite=Strict, so no other site can read it).
 */
export const GET: RequestHandler = ({ params, cookies, getClientAddress }) =>
	api(async () => {
		const key = v.is(assignmentIdSchema, params.id) ? teacherKeyFrom(cookies, params.id) : null;
		if (!key) throw new ClassroomError('not_found');
		const assignment = await teacherAssignment(params.id, key, getClientAddress());
		return json(await lobby(await database(), assignment.id), {
			headers: { 'cache-control': 'no-store' }
		});
	});
