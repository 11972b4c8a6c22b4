import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignedQuizName } from '$lib/server/quiz/bank';
import { pageParam } from '$lib/classroom/paging';
import { formToObject, markThresholdsSchema } from '$lib/classroom/schemas';
import { deleteAssignment, setClosed, setMarkThresholds } from '$lib/server/classroom/assignments';
import { loadDashboard } from '$lib/server/classroom/dashboard';
import { formRefusal } from '$lib/server/classroom/form-refusal';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { joinUrl, loopbackHint, qrSvg, teacherPath } from '$lib/server/classroom/links';
import { catalogue, database } from '$lib/server/classroom/service';
import { exportMenu } from '$lib/server/exports/bank';
import { teacherFromCookie } from '$lib/server/classroom/teacher-access';
import { forgetTeacherKey } from '$lib/server/classroom/teacher-session';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The assignment for the browser holding its key cookie; anything else is a translated 404. */
async function authorised(event: Pick<RequestEvent, 'params' | 'cookies' | 'getClientAddress'>) {
	return (await teacherFromCookie(event)).assignment;
}

/** Everything the teacher's dashboard shows, rendered on the server and then polled for updates. */
export const load: PageServerLoad = (event) => refusingLoad(() => dashboardPage(event));

// Apart from `load` so that one wrapper turns every storage fault on the way into a 503 page.
async function dashboardPage(event: Parameters<PageServerLoad>[0]) {
	const { assignment, key } = await teacherFromCookie(event);
	const lang = event.locals.lang;
	// The page holds the private link (for the teacher's other devices): keep it out of every cache.
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const link = joinUrl(event.url.origin, assignment.code);
	const privatePath = teacherPath(lang, assignment.id, key);
	const privateLink = `${event.url.origin}${privatePath}`;
	return {
		privateLink,
		privateQr: await qrSvg(privateLink),
		loopback: loopbackHint(event.url, privatePath),
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
			markThresholds: assignment.markThresholds,
			quizzes: assignment.quizIds.map(assignedQuizName)
		},
		joinUrl: link,
		qr: await qrSvg(link),
		exportQuizzes: exportMenu(),
		dashboard: await loadDashboard(
			await database(),
			catalogue,
			assignment,
			lang,
			new Date(),
			pageParam(event.url.searchParams.get('page'))
		)
	};
}

/** A teacher control that was refused, shown beside that control. */
type Control = 'close' | 'reopen' | 'delete' | 'marks';

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
	/** New mark bands; the dashboard and the downloads follow at once. */
	marks: async (event) => {
		const form = formToObject(await event.request.formData());
		const parsed = v.safeParse(markThresholdsSchema, form);
		if (!parsed.success) {
			return fail(400, { error: 'errors.bad_marks', action: 'marks' as Control, confirm: false });
		}
		return control('marks', async () => {
			const assignment = await authorised(event);
			await setMarkThresholds(await database(), assignment.id, parsed.output);
		});
	},
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
				forgetTeacherKey(event.cookies, event.url, assignment.id);
				code = assignment.code;
			},
			confirm
		);
		if (refused) return refused;
		redirect(303, `/${event.locals.lang}/teacher?deleted=${code}`);
	}
};
