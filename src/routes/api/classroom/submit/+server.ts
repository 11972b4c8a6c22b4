import { json } from '@sveltejs/kit';
import { submitSchema } from '$lib/classroom/schemas';
import { submitAttempt } from '$lib/server/classroom/attempts';
import { api, catalogue, database, jsonBody, limit, limits } from '$lib/server/classroom/service';
import { scoreAfterSubmit } from '$lib/server/lti/ags';
import { lti } from '$lib/server/lti/tables';
import type { RequestHandler } from './$types';

/**
 * Submits an attempt: graded here from the answers stored on the server. The response holds the
 * score only; the attempt page shows the details the teacher allows.
 */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		limit(limits.savesPerIp, getClientAddress());
		const body = await jsonBody(request, submitSchema);
		const db = await database();
		const { result, participant } = await submitAttempt(db, catalogue, body, new Date());
		// A student who came from a learning platform: the score goes to its gradebook too.
		await scoreAfterSubmit(lti(db), participant.id, result, new Date());
		return json(
			{ score: result.score, max: result.max, number: result.number },
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
