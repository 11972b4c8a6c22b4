import { json } from '@sveltejs/kit';
import { api, jsonBody, limit, limits } from '$lib/server/classroom/service';
import { checkPractice, practiceCheckSchema } from '$lib/server/quiz/practice';
import type { RequestHandler } from './$types';

/**
 * Checks practice answers on the server, so that no key is in the browser before its answer.
 * Shares the classroom saves' budget, like the assignment's check.
 */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		limit(limits.savesPerIp, getClientAddress());
		const body = await jsonBody(request, practiceCheckSchema);
		return json(
			{ reveals: await checkPractice(body) },
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
