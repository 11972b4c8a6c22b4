import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { tokenSchema } from '$lib/classroom/schemas';
import { assignmentState } from '$lib/server/classroom/assignments';
import { studentState } from '$lib/server/classroom/attempts';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { catalogue, database } from '$lib/server/classroom/service';
import { studentView } from '$lib/server/classroom/student-view';
import type { PageServerLoad } from './$types';

/**
 * The student's own attempt, for whoever holds the resume token in the address (and no one else):
 * the questions dealt for this student, the answers saved so far and the results they may see.
 */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	if (!v.is(tokenSchema, params.token)) {
		error(404, { message: 'No such attempt', key: 'teacher:errors.not_found' });
	}
	const state = await refusingLoad(async () =>
		studentState(await database(), catalogue, params.token)
	);
	const fixed = state.assignment.lang;
	if (fixed !== 'choice' && fixed !== locals.lang)
		redirect(307, `/${fixed}/attempt/${params.token}`);
	// Private to its student: never stored by a shared cache or the browser's back-forward cache of another user.
	setHeaders({ 'cache-control': 'private, no-store' });
	const view = await refusingLoad(async () => studentView(await database(), state, params.token));
	return { token: params.token, state: assignmentState(state.assignment, new Date()), ...view };
};
