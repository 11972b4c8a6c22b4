import { error, redirect } from '@sveltejs/kit';
import { assignmentState } from '$lib/server/classroom/assignments';
import { attemptPath, resumeTokenFrom } from '$lib/server/classroom/attempt-session';
import { studentState } from '$lib/server/classroom/attempts';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { catalogue, database } from '$lib/server/classroom/service';
import { studentView } from '$lib/server/classroom/student-view';
import type { PageServerLoad } from './$types';

/** Without the cookie: say how to get in (the resume link, or joining again), in the reader's language. */
const noAccess = { message: 'No such attempt', key: 'teacher:errors.no_attempt_access' };

/**
 * The student's own attempt, at a keyless address, for the browser that holds its resume token
 * cookie (set by joining or by opening the resume link) and no one else: the questions dealt for
 * this student, the answers saved so far and the results they may see.
 */
export const load: PageServerLoad = async ({ params, locals, cookies, setHeaders }) => {
	const token = resumeTokenFrom(cookies);
	if (!token) error(404, noAccess);
	const state = await refusingLoad(async () => studentState(await database(), catalogue, token));
	// The cookie is scoped to this address; a token for someone else's attempt opens nothing here.
	if (state.participant.id !== params.id) error(404, noAccess);
	const fixed = state.assignment.lang;
	if (fixed !== 'choice' && fixed !== locals.lang) redirect(307, attemptPath(fixed, params.id));
	// Private to its student: never stored by a shared cache or the browser's back-forward cache of another user.
	setHeaders({ 'cache-control': 'private, no-store' });
	const view = await refusingLoad(async () => studentView(await database(), state, token));
	return { token: token, state: assignmentState(state.assignment, new Date()), ...view };
};
