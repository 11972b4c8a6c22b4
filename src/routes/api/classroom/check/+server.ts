import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { checkSchema } from '$lib/classroom/schemas';
import { checkInAttempt } from '$lib/server/classroom/attempt-deal';
import { checkAnswer } from '$lib/server/classroom/check';
import { api, catalogue, database, jsonBody, limit, limits } from '$lib/server/classroom/service';
import type { RequestHandler } from './$types';

/** A check names its attempt: the answer is in that attempt's option ids. */
const attemptCheckSchema = v.strictObject({
	...checkSchema.entries,
	attemptId: v.pipe(v.string('errors.invalid'), v.uuid('errors.invalid'))
});

/**
 * Checks one answer of a practice assignment: graded here, because the student's page has no keys,
 * and answered with the key and explanation, as after a practice quiz's check. Shares the saves'
 * budget, so that checking cannot be used to hammer the server harder than saving.
 */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		limit(limits.savesPerIp, getClientAddress());
		const body = await jsonBody(request, attemptCheckSchema);
		const { bank, reveal } = await checkInAttempt(
			body.token,
			body.attemptId,
			body.questionId,
			body.answer
		);
		// Refuses tests, closed assignments and questions of other assignments.
		await checkAnswer(await database(), catalogue, { ...body, answer: bank }, new Date());
		return json(reveal, { headers: { 'cache-control': 'no-store' } });
	});
