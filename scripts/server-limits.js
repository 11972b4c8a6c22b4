// Time limits for the HTTP server, in one place for every way the app is served: `node build`
// (applied from src/hooks.server.ts on the first request, since adapter-node 5.5.7 only reads
// KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT) and a server entry of our own (import and call
// applyServerLimits(server) before listen). Node's defaults held a slow body for 300 s, so 300
// slow connections sat on the server for minutes. Plain JavaScript: it runs without a bundler.

/** Seconds, overridable by the environment variable of the same name (whole seconds). */
export const defaults = {
	/** All request headers must arrive within this. */
	HEADERS_TIMEOUT: 15,
	/** The whole request, body included (the largest accepted body is 512 kB). */
	REQUEST_TIMEOUT: 30,
	/** An idle kept-alive connection is closed after this. */
	KEEP_ALIVE_TIMEOUT: 5
};

/**
 * @param {Record<string, string | undefined>} env
 * @param {keyof typeof defaults} name
 */
function seconds(env, name) {
	const raw = env[name];
	return (raw && /^\d+$/.test(raw) ? Number(raw) : defaults[name]) * 1000;
}

/**
 * Sets the limits on a Node HTTP server (they take effect on a listening server too).
 * @param {{ headersTimeout: number, requestTimeout: number, keepAliveTimeout: number }} server
 * @param {Record<string, string | undefined>} [env]
 */
export function applyServerLimits(server, env = process.env) {
	const request = seconds(env, 'REQUEST_TIMEOUT');
	server.requestTimeout = request;
	// Node requires the header limit not to exceed the whole request's.
	server.headersTimeout = Math.min(seconds(env, 'HEADERS_TIMEOUT'), request);
	server.keepAliveTimeout = seconds(env, 'KEEP_ALIVE_TIMEOUT');
}
