// The origin rule of `npm start` (scripts/serve.js), apart so that vitest can check it.
// Plain JavaScript: it runs beside the built app, without a bundler.

/** The header our own server sets on every request it hands to the app; a client's copy is overwritten. */
export const protocolHeader = 'x-lesson-connection-protocol';

/**
 * Whether the server must tell adapter-node the connection's protocol itself. Only when nothing
 * is configured: with ORIGIN, PROTOCOL_HEADER or HOST_HEADER set, a proxy in front decides.
 * @param {Record<string, string | undefined>} env
 */
export function derivesOrigin(env) {
	return !env.ORIGIN && !env.PROTOCOL_HEADER && !env.HOST_HEADER;
}

/**
 * The origin a request reached: the configured ORIGIN, or the protocol of the connection with the
 * Host it was sent to. A browser's Origin on a form post must equal this, so a form from another
 * site is refused, while the laptop's own name, its LAN address and localhost all work.
 * @param {Record<string, string | undefined>} env
 * @param {{ host?: string, [name: string]: string | string[] | undefined }} headers
 * @param {boolean} encrypted
 * @returns {string | null} null when the request carries no usable Host
 */
export function requestOrigin(env, headers, encrypted) {
	if (env.ORIGIN) return env.ORIGIN.replace(/\/+$/, '');
	const one = (/** @type {string | undefined} */ name) => {
		const value = name ? headers[name.toLowerCase()] : undefined;
		return Array.isArray(value) ? value[0] : value;
	};
	const protocol = one(env.PROTOCOL_HEADER) || (derivesOrigin(env) ? scheme(encrypted) : 'https');
	const host = one(env.HOST_HEADER) || one('host');
	if (!host || !/^[a-z0-9.\-[\]:]+$/i.test(host) || !/^https?$/.test(protocol)) return null;
	try {
		// The URL's own origin: lower case, and no default port, as a browser writes its Origin.
		return new URL(`${protocol}://${host}`).origin;
	} catch {
		return null;
	}
}

/** @param {boolean} encrypted */
function scheme(encrypted) {
	return encrypted ? 'https' : 'http';
}

/**
 * The two LTI doors a learning platform posts to from its own origin by design: login initiation,
 * and the launch, whose signed id_token and one-time nonce are its protection. Every other form
 * post must come from the origin it reached.
 */
export const platformPostPaths = ['/lti/login', '/lti/launch'];

/**
 * Whether a request is a cross-site form post to refuse: a form whose Origin is not the origin it
 * reached, anywhere but the LTI doors. The one rule of the app, used by `npm start` to answer in
 * the reader's language and by the server hook (src/lib/server/csrf.ts) in place of SvelteKit's
 * own check, which cannot exempt a path.
 * @param {string} method
 * @param {string | undefined} contentType
 * @param {string | undefined | null} origin the request's Origin header
 * @param {string | null} expected from requestOrigin
 * @param {string} [path] the request's path, without the query
 */
export function crossSiteForm(method, contentType, origin, expected, path = '') {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) return false;
	const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
	const form = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
	if (!form.includes(type) || origin === expected) return false;
	return !platformPostPaths.includes(path);
}

/**
 * The reader's language for a refusal: the path's, then the saved choice, then Hungarian.
 * @param {string} path
 * @param {string | undefined} cookie
 */
export function refusalLang(path, cookie) {
	const inPath = path.split('/')[1];
	if (inPath === 'hu' || inPath === 'en') return inPath;
	const saved = /(?:^|;\s*)lang=(hu|en)(?:;|$)/.exec(cookie ?? '');
	return saved ? saved[1] : 'hu';
}
