// `npm start`: serves the production build (build/handler.js) for a class from a laptop.
//
// adapter-node takes every request to be https unless ORIGIN or PROTOCOL_HEADER says otherwise,
// so with no variable set every form post failed SvelteKit's CSRF check. Here, when none of
// ORIGIN, PROTOCOL_HEADER and HOST_HEADER is set, the server states the real protocol of each
// connection (plain HTTP) in a header of its own, and the origin becomes the Host the browser
// reached: localhost on the laptop, the LAN address on a phone. The CSRF check stays on: a form
// from another site carries another Origin and is refused (but for the LTI login and launch, which
// a learning platform posts from its own origin; see origin.js). Behind a proxy, ORIGIN or
// PROTOCOL_HEADER/HOST_HEADER (and ADDRESS_HEADER) are set and win; nothing here is used then.
import http from 'node:http';
import os from 'node:os';
import process from 'node:process';
import {
	crossSiteForm,
	derivesOrigin,
	protocolHeader,
	refusalLang,
	requestOrigin
} from './origin.js';

const env = { ...process.env };
const derive = derivesOrigin(env);
if (derive) process.env.PROTOCOL_HEADER = protocolHeader;

const { handler } = await import('../build/handler.js');

const host = env.HOST || '0.0.0.0';
const port = Number(env.PORT || 3000);

/**
 * A refused cross-site form gets the app's own translated page (or, for a form sent by JavaScript,
 * an error result the page shows), not a bare English text. The app's hook applies the same rule.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function refuseCrossSite(req, res) {
	const lang = refusalLang(req.url ?? '/', req.headers.cookie);
	if (req.headers.accept === 'application/json') {
		const error = { message: 'Cross-site form', key: 'error.cross_site_text' };
		res.writeHead(403, { 'content-type': 'application/json', 'cache-control': 'no-store' });
		res.end(JSON.stringify({ type: 'error', status: 403, error }));
		return true;
	}
	req.method = 'GET';
	req.url = `/${lang}/refused`;
	delete req.headers['content-length'];
	delete req.headers['content-type'];
	return false;
}

const server = http.createServer((req, res) => {
	// Always overwritten: a client cannot claim https on a plain connection.
	if (derive) req.headers[protocolHeader] = 'http';
	const expected = requestOrigin(env, req.headers, false);
	const method = req.method ?? 'GET';
	const serve = () =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	const path = (req.url ?? '/').split('?')[0];
	if (crossSiteForm(method, req.headers['content-type'], req.headers.origin, expected, path)) {
		// The refused body is read and dropped first, so that the client gets its answer cleanly.
		req.resume();
		req.once('end', () => {
			if (!refuseCrossSite(req, res)) serve();
		});
		return;
	}
	serve();
});

/** Seconds from an adapter-node style variable, or Node's default. */
const seconds = (/** @type {string | undefined} */ value) =>
	value && /^\d+$/.test(value) ? Number(value) * 1000 : undefined;
server.keepAliveTimeout = seconds(env.KEEP_ALIVE_TIMEOUT) ?? server.keepAliveTimeout;
server.headersTimeout = seconds(env.HEADERS_TIMEOUT) ?? server.headersTimeout;

/** The addresses to open, as Vite prints them: this machine, then every network it is on. */
function addresses() {
	const all = host === '0.0.0.0' || host === '::';
	const local = all || host === '127.0.0.1' || host === 'localhost' ? ['localhost'] : [host];
	const network = all
		? Object.values(os.networkInterfaces())
				.flat()
				.filter((i) => i && i.family === 'IPv4' && !i.internal)
				.map((i) => /** @type {os.NetworkInterfaceInfo} */ (i).address)
		: [];
	return { local, network };
}

server.listen(port, host, () => {
	const { local, network } = addresses();
	const url = (/** @type {string} */ name) => `http://${name}:${port}/`;
	const lines = [
		'',
		'  Lesson ready. Open it in a browser:',
		...local.map((name) => `  ➜  Local:   ${url(name)}`),
		...network.map((name) => `  ➜  Network: ${url(name)}   (phones on the same Wi-Fi)`)
	];
	if (!derive) lines.push(`  Origin taken from ORIGIN or the proxy's headers.`);
	console.log(lines.join('\n') + '\n');
});

let stopping = false;
function shutdown() {
	if (stopping) return;
	stopping = true;
	server.close(() => {
		// The app closes its database on this event, as under adapter-node's own server.
		process.emit(/** @type {NodeJS.Signals} */ ('sveltekit:shutdown'), 'SIGTERM');
		process.exit(0);
	});
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), Number(env.SHUTDOWN_TIMEOUT || 30) * 1000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
