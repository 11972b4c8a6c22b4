import { afterEach, describe, expect, it, vi } from 'vitest';
import { postJson } from './outcome';

/** Makes the next fetch answer with this (or fail, for a network error). */
function reply(response: Response | Error) {
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => {
			if (response instanceof Error) throw response;
			return response;
		})
	);
}

const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('postJson sorts a reply into ok, try again later, or refused', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('posts the body as JSON and returns what the server sent', async () => {
		reply(json(200, { seq: 3 }));
		expect(await postJson('/api/x', { a: 1 })).toEqual({ kind: 'ok', data: { seq: 3 } });
		const [url, init] = vi.mocked(fetch).mock.calls[0];
		expect(url).toBe('/api/x');
		expect(init).toMatchObject({ method: 'POST', body: '{"a":1}' });
	});

	it('counts network failures, server faults, rate limits and unreadable 200s as offline', async () => {
		for (const r of [
			new TypeError('Failed to fetch'),
			json(500, { error: 'x' }),
			json(503, {}),
			json(429, { error: 'rate_limited' }),
			new Response('<html>portal</html>', { status: 200 }),
			new Response(null, { status: 200 })
		]) {
			reply(r);
			expect(await postJson('/api/x', {})).toEqual({ kind: 'offline' });
		}
	});

	it('gives other refusals with their translation key, or "invalid" without one', async () => {
		reply(json(403, { error: 'check_not_allowed' }));
		expect(await postJson('/api/x', {})).toEqual({ kind: 'refused', error: 'check_not_allowed' });
		reply(new Response('nope', { status: 400 }));
		expect(await postJson('/api/x', {})).toEqual({ kind: 'refused', error: 'invalid' });
	});
});
