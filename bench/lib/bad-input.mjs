// Bad input against every endpoint, form action and page route the build has: what is sent, and
// what every answer must satisfy. No 5xx ever; a rejected request gets a 4xx with a readable
// error and leaves no trace in the database; nothing hostile comes back unescaped in HTML.
// Used by e2e/bad-input.e2e.ts (short, in npm test) and bench/soak.mjs (long).
import fc from 'fast-check';
import { examplePages, langs } from './routes.mjs';
import {
	htmlPayloads,
	hostileBody,
	hostilePath,
	hostileString,
	markerArb,
	wrongType
} from './hostile.mjs';

/**
 * @typedef {{ status: number, headers: Record<string, string>, text: string }} Reply
 * @typedef {(method: string, path: string, init?: { headers?: Record<string, string>, body?: Buffer | string }) => Promise<Reply>} Send
 * @typedef {{ requests: number, byStatus: Record<string, number>, rejected: string[], accepted: string[], targets: string[] }} Stats
 */

/** A `fetch`-based Send for scripts (Playwright tests pass one built on their request fixture). */
export const fetchSender = (/** @type {string} */ origin) =>
	retryingOnce(async (method, path, init = {}) => {
		const res = await fetch(origin + path, {
			method,
			headers: init.headers,
			body: init.body,
			redirect: 'manual',
			signal: AbortSignal.timeout(30_000)
		});
		return { status: res.status, headers: Object.fromEntries(res.headers), text: await res.text() };
	});

/** How many requests had their connection reset and were sent again (reported by the soak). */
export const resets = { count: 0 };

/**
 * Sends a request again, once, when its connection was reset before any answer came back, as a
 * browser does with a kept-alive connection the server has just closed (or after a 413 refusal
 * the server sent before the whole body arrived). A second failure is a real one.
 * @param {Send} send
 * @returns {Send}
 */
export function retryingOnce(send) {
	return async (method, path, init) => {
		try {
			return await send(method, path, init);
		} catch (error) {
			if (!/ECONNRESET|EPIPE|socket hang up|other side closed|fetch failed/i.test(String(error))) {
				throw error;
			}
			resets.count += 1;
			return send(method, path, init);
		}
	};
}

/**
 * Throws with a readable message when a reply breaks the rules.
 * @param {Reply} reply
 * @param {string} marker
 * @param {{ what: string, mustReject: boolean }} o
 */
export function checkReply(reply, marker, { what, mustReject }) {
	if (reply.status >= 500) throw new Error(`${what}: ${reply.status} ${reply.text.slice(0, 300)}`);
	if (mustReject && (reply.status < 400 || reply.status >= 500)) {
		throw new Error(`${what}: expected a 4xx, got ${reply.status} ${reply.text.slice(0, 200)}`);
	}
	if (reply.status >= 400 && !/\p{L}{3}/u.test(reply.text)) {
		throw new Error(
			`${what}: ${reply.status} without a readable error: ${JSON.stringify(reply.text.slice(0, 200))}`
		);
	}
	const type = reply.headers['content-type'] ?? '';
	if (!type.includes('json')) {
		for (const p of htmlPayloads(marker)) {
			if (p.startsWith('<') || p.startsWith('"')) {
				if (reply.text.includes(p)) throw new Error(`${what}: echoed unescaped: ${p}`);
			}
		}
		if (reply.text.includes(`<script>${marker}`))
			throw new Error(`${what}: echoed a <script> unescaped`);
	}
}

const newStats = (/** @type {string[]} */ targets = []) =>
	/** @type {Stats} */ ({ requests: 0, byStatus: {}, rejected: [], accepted: [], targets });

/** @param {Stats} stats @param {Reply} reply @param {string} marker */
function tally(stats, reply, marker) {
	stats.requests++;
	stats.byStatus[reply.status] = (stats.byStatus[reply.status] ?? 0) + 1;
	(reply.status >= 400 ? stats.rejected : stats.accepted).push(marker);
}

/**
 * Random and hostile paths and query strings, under both languages and the root.
 * @param {Send} send @param {number} runs @param {string} origin
 */
export async function fuzzPaths(send, runs, origin) {
	const stats = newStats(['GET random paths']);
	await fc.assert(
		fc.asyncProperty(
			markerArb.chain((m) => hostilePath(m).map((path) => ({ m, path }))),
			async ({ m, path }) => {
				const reply = await send('GET', path, { headers: { origin, accept: 'text/html' } });
				tally(stats, reply, m);
				checkReply(reply, m, { what: `GET ${path}`, mustReject: false });
			}
		),
		{ numRuns: runs }
	);
	return stats;
}

/**
 * The methods an endpoint takes, from the Allow header of SvelteKit's 405 answer.
 * @param {Send} send @param {string} path @param {string} origin
 */
async function methodsOf(send, path, origin) {
	const reply = await send('OPTIONS', path, { headers: { origin } });
	const allow = reply.headers['allow'];
	return allow
		? allow.split(/,\s*/).filter((m) => m !== 'OPTIONS' && m !== 'HEAD')
		: ['GET', 'POST'];
}

/** encodeURIComponent that also takes lone surrogates (hostile strings have them). */
const encode = (/** @type {string} */ s) => encodeURIComponent(s.toWellFormed());

/** A route id with its parameters filled: the language, and the given text elsewhere. */
const fill = (/** @type {string} */ id, /** @type {string} */ lang, /** @type {string} */ value) =>
	id
		.split('/')
		.filter((s) => !/^\(.*\)$/.test(s))
		.join('/')
		.replace('[lang=lang]', lang)
		.replace(/\[\[[^\]]+\]\]/g, value)
		.replace(/\[[^\]]+\]/g, value);

/**
 * Every endpoint (+server.ts) with hostile bodies for each method it takes, and hostile
 * parameters and query strings for GET. Everything must be rejected: no valid token or key is
 * ever sent.
 * @param {Send} send @param {import('./routes.mjs').Route[]} routes @param {number} runs @param {string} origin
 */
export async function fuzzEndpoints(send, routes, runs, origin) {
	const endpoints = routes.filter((r) => r.endpoint);
	const stats = newStats(endpoints.map((r) => r.id));
	for (const route of endpoints) {
		const plain = fill(route.id, 'en', 'AAAAAAAAAAAAAAAA');
		for (const method of await methodsOf(send, plain, origin)) {
			if (method === 'GET' && !route.dynamic) continue; // nothing to get wrong
			await fc.assert(
				fc.asyncProperty(
					markerArb.chain((m) =>
						fc.record({
							m: fc.constant(m),
							lang: fc.constantFrom(...langs),
							param: fc.oneof(
								fc.constant('AAAAAAAAAAAAAAAA'),
								hostileString(m).map((s) => encode(s.slice(0, 300)))
							),
							query: fc.option(
								hostileString(m).map((s) => `?key=${encode(s.slice(0, 300))}&token=${m}`)
							),
							body: hostileBody(m)
						})
					),
					async ({ m, lang, param, query, body }) => {
						const path = fill(route.id, lang, param) + (query ?? '');
						const get = method === 'GET' || method === 'HEAD';
						const reply = await send(method, path, {
							headers: { origin, 'content-type': body.contentType, accept: 'application/json' },
							body: get ? undefined : body.body
						});
						tally(stats, reply, m);
						checkReply(reply, m, {
							what: `${method} ${path.slice(0, 120)} (${body.kind})`,
							mustReject: true
						});
					}
				),
				{ numRuns: runs }
			);
		}
	}
	return stats;
}

/**
 * The POST forms on a page, from its server-rendered HTML: where they post and their field names.
 * @param {string} html
 */
export function formsIn(html) {
	const forms = [];
	for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		if (!/method="post"/i.test(m[1])) continue;
		const action = /action="([^"]*)"/.exec(m[1])?.[1]?.replace(/&amp;/g, '&') ?? '';
		const fields = [...new Set([...m[2].matchAll(/\bname="([^"]+)"/g)].map((f) => f[1]))];
		forms.push({ action, fields });
	}
	return forms;
}

/**
 * Every POST form on every page, the class pages included (a class is made for the purpose, so
 * the nickname form and the teacher's controls are posted to as well), with hostile and wrongly
 * typed values. A form may accept what it is sent (a title with markup is a fine
 * title); it must never fail with a 5xx nor echo markup unescaped, and a rejected post must not
 * be stored (checked afterwards from the `rejected` markers).
 * @param {Send} send @param {import('./routes.mjs').Route[]} routes @param {number} runs @param {string} origin
 */
export async function fuzzForms(send, routes, runs, origin) {
	const { found } = await examplePages(origin, routes, { classroom: true });
	/** @type {Array<{ page: string, action: string, fields: string[] }>} */
	const targets = [];
	for (const p of found) {
		const reply = await send('GET', p.path, { headers: { accept: 'text/html' } });
		for (const f of formsIn(reply.text)) {
			const action = f.action.startsWith('?') || f.action === '' ? p.path + f.action : f.action;
			if (!action.startsWith('/')) continue;
			targets.push({ page: p.path, action, fields: f.fields });
		}
	}
	const stats = newStats(targets.map((t) => `POST ${t.action} [${t.fields.join(', ')}]`));
	for (const t of targets) {
		await fc.assert(
			fc.asyncProperty(
				markerArb.chain((m) =>
					fc.record({
						m: fc.constant(m),
						values: fc.array(
							fc.tuple(
								fc.oneof(fc.constantFrom(...(t.fields.length ? t.fields : ['x'])), fc.constant(m)),
								fc.oneof(
									hostileString(m),
									wrongType.map((v) => JSON.stringify(v) ?? '')
								)
							),
							{ minLength: 1, maxLength: 8 }
						),
						multipart: fc.boolean()
					})
				),
				async ({ m, values, multipart }) => {
					const params = new URLSearchParams(values);
					params.append('marker', m);
					/** @type {Record<string, string>} */
					const headers = { origin, accept: 'text/html' };
					let body;
					if (multipart) {
						const boundary = `----bench${m}`;
						headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
						body =
							[...params]
								.map(
									([k, v]) =>
										`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`
								)
								.join('') + `--${boundary}--\r\n`;
					} else {
						headers['content-type'] = 'application/x-www-form-urlencoded';
						body = params.toString();
					}
					const reply = await send('POST', t.action, { headers, body });
					tally(stats, reply, m);
					checkReply(reply, m, { what: `POST ${t.action}`, mustReject: false });
				}
			),
			{ numRuns: runs }
		);
	}
	return stats;
}
