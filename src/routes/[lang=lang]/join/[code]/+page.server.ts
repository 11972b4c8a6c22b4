import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignedQuizName } from '$lib/server/quiz/bank';
import { formToObject, nicknameFormSchema } from '$lib/classroom/schemas';
import { nicknameMaxLength } from '$lib/classroom/nickname';
import { assignmentState } from '$lib/server/classroom/assignments';
import { attemptPath, rememberResumeToken } from '$lib/server/classroom/attempt-session';
import { ClassroomError } from '$lib/server/classroom/errors';
import { formRefusal } from '$lib/server/classroom/form-refusal';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { assignmentByCode, joinByCode } from '$lib/server/classroom/join';
import { database } from '$lib/server/classroom/service';
import type { Actions, PageServerLoad } from './$types';

/** What a student may know before joining: the title, the quizzes and whether it is open. */
export const load: PageServerLoad = async ({ params, locals, getClientAddress, setHeaders }) => {
	const assignment = await refusingLoad(() => assignmentByCode(params.code, getClientAddress()));
	// An assignment in one language is taken in that language: the page follows it.
	if (assignment.lang !== 'choice' && assignment.lang !== locals.lang) {
		redirect(307, `/${assignment.lang}/join/${assignment.code}`);
	}
	setHeaders({ 'cache-control': 'no-store' });
	return {
		code: assignment.code,
		title: assignment.title,
		mode: assignment.mode,
		fixedLang: assignment.lang !== 'choice',
		quizzes: assignment.quizIds.map(assignedQuizName),
		state: assignmentState(assignment, new Date()),
		opensAt: assignment.opensAt,
		nicknameMaxLength
	};
};

export const actions: Actions = {
	/** Joins under a nickname and sends the student to their private (keyless) attempt page. */
	default: async ({ params, request, locals, url, cookies, getClientAddress }) => {
		const address = getClientAddress();
		const parsed = v.safeParse(nicknameFormSchema, formToObject(await request.formData()));
		const nickname = parsed.success ? parsed.output.nickname : '';
		let joined: { token: string; participantId: string };
		try {
			if (!parsed.success) throw new ClassroomError('nickname_too_long');
			joined = await joinByCode(
				await database(),
				{ code: params.code, nickname, lang: locals.lang, address },
				new Date()
			);
		} catch (e) {
			const refusal = formRefusal(e);
			if (!refusal) throw e;
			return fail(refusal.status, {
				error: refusal.error,
				nickname: nickname.slice(0, 100),
				suggestion: refusal.detail?.suggestion ?? null
			});
		}
		// The token goes into this browser's cookie for the attempt, not into an address.
		rememberResumeToken(cookies, url, joined.participantId, joined.token);
		redirect(303, attemptPath(locals.lang, joined.participantId));
	}
};
