import { json } from '@sveltejs/kit';
import { database } from '$lib/server/classroom/service';
import { jwks } from '$lib/server/lti/keys';
import { lti } from '$lib/server/lti/tables';
import type { RequestHandler } from './$types';

/** The tool's public key, for platforms to check its deep-linking responses and assertions. */
export const GET: RequestHandler = async () =>
	json(await jwks(lti(await database())), { headers: { 'cache-control': 'public, max-age=300' } });
