import { json } from '@sveltejs/kit';
import { saveAnswersSchema } from '$lib/classroom/schemas';
import { answersToBank } from '$lib/server/classroom/attempt-deal';
import { saveAnswers } from '$lib/server/classroom/attempts';
import { api, catalogue, database, jsonBody, limit, limits } from '$lib/server/classroom/service';
import type { RequestHandler } from './$types';

/**
 * Saves a batch of a student's answers (idempotent by attempt id and sequence number). The browser
 * names options by its attempt's own ids; they are mapped back to the bank's before saving.
 */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		limit(limits.savesPerIp, getClientAddress());
		const body = await jsonBody(request, saveAnswersSchema);
		const answers = await answersToBank(body.token, body.attemptId, body.answers);
		const saved = await saveAnswers(await database(), catalogue, { ...body, answers }, new Date());
		return json(saved, { headers: { 'cache-control': 'no-store' } });
	});
