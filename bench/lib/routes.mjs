// Which pages and endpoints exist, read from the production build's own route manifest, so the
// bench and the budget test measure whatever the app has today without a hand-kept list.
import { readdirSync } from 'node:fs';
import { root } from './app.mjs';

export const langs = /** @type {const} */ (['hu', 'en']);

/**
 * @typedef {object} Route
 * @property {string} id       e.g. "/[lang=lang]/[lesson=lesson]/quizzes/[quiz]"
 * @property {RegExp} pattern  matches a pathname
 * @property {boolean} page
 * @property {boolean} endpoint
 * @property {boolean} dynamic  has parameters besides the language
 */

/** @returns {Promise<Route[]>} every route of the build, pages and endpoints */
export async function buildRoutes() {
	const dir = `${root}build/server/chunks/`;
	const file = readdirSync(dir).find((f) => /^manifest\.js-.*\.js$/.test(f));
	if (!file) throw new Error('No route manifest in build/server/chunks: run `npm run build`.');
	const mod = await import(`${dir}${file}`);
	const manifest = Object.values(mod).find((v) => v?._?.routes);
	/** @type {Array<{ id: string, pattern: RegExp, params: Array<{ name: string }>, page: unknown, endpoint: unknown }>} */
	const routes = manifest._.routes;
	return routes.map((r) => ({
		id: r.id,
		pattern: r.pattern,
		page: Boolean(r.page),
		endpoint: Boolean(r.endpoint),
		dynamic: r.params.some((p) => p.name !== 'lang')
	}));
}

/** A route id as a path in one language, or null if it needs more parameters than the language. */
export function staticPath(/** @type {Route} */ route, /** @type {string} */ lang) {
	const path = route.id
		.split('/')
		.filter((s) => !/^\(.*\)$/.test(s)) // (groups) are not in the URL
		.join('/')
		.replace('[lang=lang]', lang);
	return path.includes('[') ? null : path || '/';
}

/** Same-origin links in an HTML document, as pathnames (no query, no hash). */
export function linksIn(/** @type {string} */ html) {
	const out = new Set();
	for (const m of html.matchAll(/href="(\/[^"#?]*)/g)) {
		if (!m[1].startsWith('/_app/')) out.add(m[1]);
	}
	return [...out];
}

/**
 * The private pages of a class, made through the app's own forms as a teacher and a student would:
 * the join page of a new class code, a student's attempt page and the teacher's dashboard. Returns
 * their paths in both languages, or none when the forms are not there or refuse (the pages then
 * show up as not measured).
 * @param {string} origin
 * @returns {Promise<string[]>}
 */
export async function classroomPaths(origin) {
	const post = (/** @type {string} */ path, /** @type {Record<string, string>} */ fields) =>
		fetch(origin + path, {
			method: 'POST',
			redirect: 'manual',
			// SvelteKit's CSRF check wants a same-origin form post.
			// As a browser without JavaScript posts it (else the action answers in JSON, not a redirect).
			headers: {
				origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams(fields)
		});
	try {
		const created = await post('/en/teacher', {
			title: 'Bench',
			quizzes: 'article',
			mode: 'practice',
			lang: 'choice',
			attempts: '3',
			show_answers: 'on'
		});
		const html = await created.text();
		// The private link is in the page's data (shown once, by the browser), not in an href.
		const teacher = /\/en(\/teacher\/a\/[\w-]+\/[\w-]+)/.exec(html)?.[1];
		// The join link is the neutral one (`/join/CODE`, either language) since the class hour.
		const code = /\/(?:en\/)?join\/([A-Z0-9]+)/.exec(html)?.[1];
		if (!teacher || !code) return [];
		const joined = await post(`/en/join/${code}`, { nickname: 'Bench' });
		await joined.arrayBuffer();
		// The attempt page's address holds no token (it is in a cookie): its resume link opens it, as
		// a student's other device would, and a browser following that link lands on the page itself.
		const token = joined.headers
			.getSetCookie()
			.map((c) => /^resume=([\w-]{43});/.exec(c)?.[1])
			.find(Boolean);
		const attempt = token ? `/attempt/${token}` : undefined;
		return langs.flatMap((lang) =>
			[`/join/${code}`, teacher, attempt].filter(Boolean).map((p) => `/${lang}${p}`)
		);
	} catch {
		return [];
	}
}

/**
 * One example URL per page route and language. Routes without parameters are used as they are;
 * routes with parameters get the first matching link found on the other pages (two levels deep),
 * and with `classroom` the class pages (code, resume token, teacher key) come from a class made for
 * the purpose. Routes with no example come back in `missing`.
 * @param {string} origin
 * @param {Route[]} routes
 * @param {{ classroom?: boolean }} [options]
 */
export async function examplePages(origin, routes, { classroom = false } = {}) {
	const pages = routes.filter((r) => r.page && r.id.startsWith('/[lang=lang]'));
	/** @type {Array<{ route: string, lang: string, path: string }>} */
	const found = [];
	/** @type {Set<string>} */
	const seen = new Set();
	/** @type {string[]} */
	let frontier = [];
	for (const lang of langs) {
		for (const r of pages) {
			const path = staticPath(r, lang);
			if (path) frontier.push(path);
		}
	}
	if (classroom) frontier.push(...(await classroomPaths(origin)));
	/** @type {Map<string, string>} pathname -> route id, first wins */
	const byRouteLang = new Map();
	for (let depth = 0; depth < 3 && frontier.length; depth++) {
		/** @type {string[]} */
		const next = [];
		for (const path of frontier) {
			if (seen.has(path)) continue;
			seen.add(path);
			const route = pages.find((r) => r.pattern.test(path));
			if (!route) continue;
			const lang = path.split('/')[1];
			if (!langs.includes(/** @type {any} */ (lang))) continue;
			const key = `${route.id} ${lang}`;
			if (byRouteLang.has(key)) continue;
			const res = await fetch(origin + path, { redirect: 'manual' });
			const html = await res.text();
			if (res.status !== 200) continue;
			byRouteLang.set(key, path);
			found.push({ route: route.id, lang, path });
			if (depth < 2) next.push(...linksIn(html));
		}
		frontier = next;
	}
	const missing = pages
		.flatMap((r) => langs.map((lang) => ({ route: r.id, lang })))
		.filter((p) => !byRouteLang.has(`${p.route} ${p.lang}`));
	found.sort((a, b) => a.route.localeCompare(b.route) || a.lang.localeCompare(b.lang));
	return { found, missing };
}
