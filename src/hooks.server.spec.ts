import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { handle, handleError } from './hooks.server';

const token = 'T'.repeat(40) + 'o_k';

/** Enough of a request event for the hooks. */
function event(path: string, method = 'GET') {
	const url = new URL(`http://127.0.0.1${path}`);
	return {
		url,
		request: new Request(url, { method }),
		cookies: { get: () => undefined, set: () => {} },
		locals: {},
		platform: undefined
	} as unknown as RequestEvent;
}

describe('server hooks', () => {
	it('log failed requests without the keys and tokens in their paths', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const paths = [`/en/teacher/a/XrpfaYpzAS2cz7oH/${token}/extra`, `/en/attempt/${token}`];
		for (const path of paths) {
			handleError({
				error: new Error(`Not found: ${path}`),
				event: event(path),
				status: 404,
				message: 'Not Found'
			});
			handleError({
				error: new Error(`POST method not allowed: ${path}`),
				event: event(path, 'POST'),
				status: 405,
				message: 'Method Not Allowed'
			});
		}
		const logged = log.mock.calls.flat().join('\n');
		log.mockRestore();
		expect(logged).toContain('[404] GET /en/attempt/[secret]');
		expect(logged).not.toContain(token);
	});

	it('send no Referer from pages with a secret in the address, and forbid framing everywhere', async () => {
		const resolve = async () =>
			new Response('<p>ok</p>', { headers: { 'content-type': 'text/html' } });
		const secret = await handle({ event: event(`/en/attempt/${token}`), resolve });
		expect(secret.headers.get('referrer-policy')).toBe('no-referrer');
		const plain = await handle({ event: event('/en/explainer'), resolve });
		expect(plain.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		for (const r of [secret, plain]) {
			expect(r.headers.get('x-frame-options')).toBe('DENY');
			expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		}
	});
});
