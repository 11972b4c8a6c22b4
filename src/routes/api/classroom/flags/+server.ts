import { json } from '@sveltejs/kit';
import { flagSchema } from '$lib/classroom/schemas';
import { flagQuestion } from '$lib/server/classroom/attempts';
import { newId } from '$lib/server/classroom/keys';
import { api, catalogue, database, jsonBody, limit, limits } from '$lib/server/classroom/service';
import type { RequestHandler } from './$types';

/** A student's note that a question looks wrong; shown on the teacher's dashboard. */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		limit(limits.savesPerIp, getClientAddress());
		const body = await jsonBody(request, flagSchema);
		await flagQuestion(await database(), catalogue, body, new Date(), newId);
		return json({ ok: true });
	});
