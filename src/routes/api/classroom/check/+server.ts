import { json } from '@sveltejs/kit';
import { checkSchema } from '$lib/classroom/schemas';
import { checkAnswer } from '$lib/server/classroom/check';
import { api, catalogue, database, jsonBody, limit, limits } from '$lib/server/classroom/service';
import type { RequestHandler } from './$types';

/**
 * Checks one answer of a practice assignment: graded here, because the student's page has no keys.
 * Shares the saves' budget, so that checking cannot be used to hammer the server harder than saving.
 */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		limit(limits.savesPerIp, getClientAddress());
		const body = await jsonBody(request, checkSchema);
		const checked = await checkAnswer(await database(), catalogue, body, new Date());
		return json(checked, { headers: { 'cache-control': 'no-store' } });
	});
