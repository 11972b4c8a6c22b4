import { fail, isHttpError, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { isCode, normalizeCode } from '$lib/classroom/codes';
import { joinCodeSchema, formToObject } from '$lib/classroom/schemas';
import { formRefusal } from '$lib/server/classroom/form-refusal';
import { assignmentByCode } from '$lib/server/classroom/join';
import type { Actions } from './$types';

export const actions: Actions = {
	/** A typed class code: on to the assignment's join page, or a translated reason why not. */
	default: async ({ request, locals, getClientAddress }) => {
		const parsed = v.safeParse(joinCodeSchema, formToObject(await request.formData()));
		const typed = parsed.success ? parsed.output.code : '';
		if (!isCode(normalizeCode(typed))) {
			return fail(400, { error: 'errors.code_format', code: typed.slice(0, 20) });
		}
		try {
			const assignment = await assignmentByCode(typed, getClientAddress());
			redirect(303, `/${locals.lang}/join/${assignment.code}`);
		} catch (e) {
			if (isHttpError(e)) {
				const key = e.body.key?.replace(/^teacher:/, '') ?? 'errors.invalid';
				return fail(e.status, { error: key, code: typed.slice(0, 20) });
			}
			const refusal = formRefusal(e);
			if (refusal) return fail(refusal.status, { error: refusal.error, code: typed.slice(0, 20) });
			throw e;
		}
	}
};
