import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compress, pickEncoding, shouldCompress } from './compress';

const page = '<!doctype html><p>' + 'Sojgu Phenjanban. '.repeat(400) + '</p>';
const request = (acceptEncoding: string | null, method = 'GET') =>
	new Request('http://localhost/en/explainer', {
		method,
		headers: acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding }
	});
const html = (body: string | null = page, headers: Record<string, string> = {}) =>
	new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });

describe('pickEncoding', () => {
	it('prefers brotli, then gzip, as offered', () => {
		expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(pickEncoding('gzip, deflate')).toBe('gzip');
		expect(pickEncoding('*')).toBe('br');
	});
	it('respects q=0 and offers nothing for identity or no header', () => {
		expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(pickEncoding('identity')).toBeNull();
		expect(pickEncoding('*;q=0')).toBeNull();
		expect(pickEncoding(null)).toBeNull();
	});
});

describe('shouldCompress', () => {
	it('takes text bodies and leaves the rest', () => {
		expect(shouldCompress('GET', html())).toBe(true);
		expect(shouldCompress('HEAD', html())).toBe(false);
		expect(shouldCompress('GET', html(null))).toBe(false);
		expect(shouldCompress('GET', html(page, { 'content-encoding': 'gzip' }))).toBe(false);
		expect(shouldCompress('GET', html('tiny', { 'content-length': '4' }))).toBe(false);
		const png = new Response('x'.repeat(5000), { headers: { 'content-type': 'image/png' } });
		expect(shouldCompress('GET', png)).toBe(false);
	});
});

describe('compress', () => {
	it('sends brotli or gzip that decodes to the same page, with the headers to match', async () => {
		for (const [accept, encoding, decode] of [
			['br, gzip', 'br', brotliDecompressSync],
			['gzip', 'gzip', gunzipSync]
		] as const) {
			const response = compress(request(accept), html(page, { 'content-length': '9999' }));
			expect(response.headers.get('content-encoding')).toBe(encoding);
			expect(response.headers.get('content-length')).toBeNull();
			expect(response.headers.get('vary')).toContain('Accept-Encoding');
			expect(response.headers.get('content-type')).toContain('text/html');
			const bytes = Buffer.from(await response.arrayBuffer());
			expect(bytes.length).toBeLessThan(page.length / 5);
			expect(decode(bytes).toString('utf8')).toBe(page);
		}
	});
	it('keeps status and other headers', async () => {
		const original = new Response(page, {
			status: 404,
			headers: { 'content-type': 'text/html', 'x-content-type-options': 'nosniff' }
		});
		const response = compress(request('gzip'), original);
		expect(response.status).toBe(404);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(page);
	});
	it('sends the page as it is to a client that accepts no encoding, varying on it', async () => {
		const response = compress(request(null), html());
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(response.headers.get('vary')).toContain('Accept-Encoding');
		expect(await response.text()).toBe(page);
	});
});
