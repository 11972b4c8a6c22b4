import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { quizzes } from '$lib/content/questions';
import { assignmentIdSchema, tokenSchema } from '$lib/classroom/schemas';
import { deleteAssignment, setClosed } from '$lib/server/classroom/assignments';
import { loadDashboard } from '$lib/server/classroom/dashboard';
import { ClassroomError } from '$lib/server/classroom/errors';
import { formRefusal } from '$lib/server/classroom/form-refusal';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { joinUrl, qrSvg } from '$lib/server/classroom/links';
import { catalogue, database } from '$lib/server/classroom/service';
import { teacherAssignment } from '$lib/server/classroom/teacher';
import { exportMenu } from '$lib/server/exports/bank';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The assignment behind the address, for its teacher only; anything else is a plain 404. */
async function authorised({
	params,
	getClientAddress
}: Pick<RequestEvent, 'params' | 'getClientAddress'>) {
	if (!v.is(assignmentIdSchema, params.id) || !v.is(tokenSchema, params.key)) {
		error(404, { message: 'Not found', key: 'teacher:errors.not_found' });
	}
	try {
		return await teacherAssignment(params.id, params.key, getClientAddress());
	} catch (e) {
		if (e instanceof ClassroomError) error(e.status, { message: e.key, key: e.messageKey });
		throw e;
	}
}

/** Everything the teacher's dashboard shows, rendered on the server and then polled for updates. */
export const load: PageServerLoad = (event) => refusingLoad(() => dashboardPage(event));

// Apart from `load` so that one wrapper turns every storage fault on the way into a 503 page.
async function dashboardPage(event: Parameters<PageServerLoad>[0]) {
	const assignment = await authorised(event);
	const lang = event.locals.lang;
	// The key is in this page's address: keep the page out of every cache.
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const link = joinUrl(event.url.origin, lang, assignment.code);
	return {
		key: event.params.key,
		assignment: {
			id: assignment.id,
			code: assignment.code,
			title: assignment.title,
			mode: assignment.mode,
			lang: assignment.lang,
			opensAt: assignment.opensAt,
			closesAt: assignment.closesAt,
			attemptsAllowed: assignment.attemptsAllowed,
			showAnswers: assignment.showAnswers,
			closed: assignment.closed,
			createdAt: assignment.createdAt,
			quizzes: assignment.quizIds.map((id) => quizzes[id].title)
		},
		joinUrl: link,
		qr: await qrSvg(link),
		exportQuizzes: exportMenu(),
		dashboard: await loadDashboard(await database(), catalogue, assignment, lang, new Date())
	};
}

/** A teacher control that was refused, shown beside that control. */
type Control = 'close' | 'reopen' | 'delete';

/**
 * Runs a control's work; a storage fault is told beside the control, with the confirmation the
 * teacher ticked, instead of an error page. A wrong key still ends on the 404 page.
 */
async function control(action: Control, work: () => Promise<void>, confirm = false) {
	try {
		await work();
	} catch (e) {
		const refusal = formRefusal(e);
		if (!refusal) throw e;
		return fail(refusal.status, { error: refusal.error, action, confirm });
	}
}

export const actions: Actions = {
	close: (event) =>
		control('close', async () => {
			const assignment = await authorised(event);
			await setClosed(await database(), assignment.id, true);
		}),
	reopen: (event) =>
		control('reopen', async () => {
			const assignment = await authorised(event);
			await setClosed(await database(), assignment.id, false);
		}),
	/** Deletes the assignment with every answer and nickname in it, after an explicit confirmation. */
	delete: async (event) => {
		const form = await event.request.formData();
		const confirm = form.get('confirm') === 'yes';
		if (!confirm) {
			return fail(400, { error: 'errors.confirm_delete', action: 'delete' as Control, confirm });
		}
		let code = '';
		const refused = await control(
			'delete',
			async () => {
				const assignment = await authorised(event);
				await deleteAssignment(await database(), assignment.id);
				code = assignment.code;
			},
			confirm
		);
		if (refused) return refused;
		redirect(303, `/${event.locals.lang}/teacher?deleted=${code}`);
	}
};
