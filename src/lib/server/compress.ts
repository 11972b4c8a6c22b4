import { Duplex } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

// adapter-node compresses the built static files ahead of time but sends rendered pages and
// JSON as they are: the explainer's 180 kB of HTML then takes a slow phone link about a second
// longer than its 50 kB of gzip. Compressing here keeps `node build` fast without a proxy in front.

/** Below this many bytes compression costs more than it saves. */
const minimumBytes = 1024;
const compressible = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

/** The encoding to use for a request's Accept-Encoding, or null for none (brotli first). */
export function pickEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const offered = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
		if (name) offered.set(name, q === undefined ? 1 : Number(q));
	}
	const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
	if (accepts('br')) return 'br';
	if (accepts('gzip')) return 'gzip';
	return null;
}

/** Whether a response is worth compressing: a body of text, not already encoded, not tiny. */
export function shouldCompress(method: string, response: Response): boolean {
	if (method === 'HEAD' || !response.body || response.status === 204 || response.status === 304) {
		return false;
	}
	const headers = response.headers;
	if (headers.has('content-encoding')) return false;
	if (!compressible.test(headers.get('content-type') ?? '')) return false;
	const length = headers.get('content-length');
	return length === null || Number(length) >= minimumBytes;
}

/**
 * The response compressed for the request (brotli or gzip, as the client accepts), or unchanged
 * when it should not or cannot be. Brotli runs at quality 5: near gzip's speed, smaller output.
 */
export function compress(request: Request, response: Response): Response {
	const encoding = pickEncoding(request.headers.get('accept-encoding'));
	const vary = () => response.headers.append('Vary', 'Accept-Encoding');
	if (!shouldCompress(request.method, response)) {
		if (compressible.test(response.headers.get('content-type') ?? '')) vary();
		return response;
	}
	vary();
	if (!encoding) return response;
	const compressor =
		encoding === 'br'
			? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
			: createGzip({ level: 6 });
	const headers = new Headers(response.headers);
	headers.set('Content-Encoding', encoding);
	headers.delete('Content-Length');
	const stream = Duplex.toWeb(compressor) as unknown as ReadableWritablePair<
		Uint8Array,
		Uint8Array
	>;
	return new Response(response.body!.pipeThrough(stream), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
