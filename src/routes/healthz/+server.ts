import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * Liveness for deployments and the bench's framework floor: answers through the hooks like any
 * request, but touches no database and says nothing about the server beyond "up".
 */
export const GET: RequestHandler = () =>
	json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
