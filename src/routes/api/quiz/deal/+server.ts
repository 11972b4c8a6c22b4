import { json } from '@sveltejs/kit';
import { api, jsonBody, limit, limits } from '$lib/server/classroom/service';
import { dealPractice, practiceDealSchema } from '$lib/server/quiz/practice';
import type { RequestHandler } from './$types';

/** The questions of a practice attempt, without keys, in the attempt's order and under its ids. */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		limit(limits.savesPerIp, getClientAddress());
		const body = await jsonBody(request, practiceDealSchema);
		return json(
			{ questions: await dealPractice(body) },
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
