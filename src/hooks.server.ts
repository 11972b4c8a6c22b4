import type { IncomingMessage } from 'node:http';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { isLang, langCookie } from '$lib/i18n/langs';
import { negotiateLang } from '$lib/i18n/negotiate';
import { compress } from '$lib/server/compress';
import { crossSiteRefusal, isCrossSiteForm } from '$lib/server/csrf';
import { localeResources } from '$lib/server/locales';
// Read when the server starts, so that a malformed lesson in LESSONS_DIR stops the start instead of
// failing a reader's first request.
import '$lib/server/lessons/registry';
import { Gate } from '$lib/server/render-gate';
import { hasSecret, redactPath } from '$lib/server/secret-paths';
import { defaultTextSize, isTextSize, textSizeCookie } from '$lib/text-size';
import { applyServerLimits } from '../scripts/server-limits.js';

const oneYear = 60 * 60 * 24 * 365;

/**
 * Pages rendered at once (2 cores: more only shares the same CPU and holds more pages in memory);
 * a burst waits its turn, and past `maxWaiting` gets a 503. The JSON API (students' saves) skips
 * the queue, so a flood of page requests does not hold saves up behind it.
 */
const renders = new Gate(4, 2000);

let serverLimited = false;
/** Sets the server's time limits (scripts/server-limits.js) on the server adapter-node made. */
function limitServer(platform: unknown) {
	if (serverLimited) return;
	serverLimited = true;
	const req = (platform as { req?: IncomingMessage } | undefined)?.req;
	const server = (req?.socket as { server?: unknown } | undefined)?.server;
	if (server && typeof server === 'object' && 'requestTimeout' in server) {
		applyServerLimits(server as Parameters<typeof applyServerLimits>[0]);
	}
}

/** Failed requests are logged without the keys and tokens their addresses may hold. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const line = `[${status}] ${event.request.method} ${redactPath(event.url.pathname)}`;
	// A 404's error only repeats the path; anything else is a fault worth its stack.
	const detail = status === 404 ? '' : `\n${redactPath(String((error as Error)?.stack ?? error))}`;
	console.error(line + detail);
	return { message };
};

export const handle: Handle = async ({ event, resolve }) => {
	const inPath = event.url.pathname.split('/')[1];
	const saved = event.cookies.get(langCookie);
	const lang = isLang(inPath)
		? inPath
		: negotiateLang(saved, event.request.headers.get('accept-language'));
	event.locals.lang = lang;

	// Reading a page in a language is the reader's latest choice; remembering it on the server
	// makes the choice stick even when the switch was a plain link without JavaScript.
	if (isLang(inPath) && saved !== inPath && event.request.method === 'GET') {
		event.cookies.set(langCookie, inPath, {
			path: '/',
			maxAge: oneYear,
			sameSite: 'lax',
			httpOnly: false
		});
	}

	const size = event.cookies.get(textSizeCookie);
	const textSize = isTextSize(size) ? size : defaultTextSize;
	event.locals.textSize = textSize;

	limitServer(event.platform);
	// In place of SvelteKit's own origin check, which cannot let the LTI launch through (csrf.ts).
	const refused = isCrossSiteForm(event.request, event.url);
	const render = async () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%textsize%', textSize)
		});
	const response = refused
		? await crossSiteRefusal(event.request, lang, (path) => event.fetch(path))
		: event.url.pathname.startsWith('/api/')
			? await render()
			: ((await renders.run(render)) ?? busy(lang));
	response.headers.set('X-Content-Type-Options', 'nosniff');
	// A key or token in the address must not travel on as a Referer, not even to this site.
	const secret = hasSecret(event.url.pathname);
	response.headers.set(
		'Referrer-Policy',
		secret ? 'no-referrer' : 'strict-origin-when-cross-origin'
	);
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// Language-free addresses answer by the reader's language.
	if (event.url.pathname === '/' || inPath === 'join') {
		response.headers.append('Vary', 'Accept-Language, Cookie');
	}
	return compress(event.request, response);
};

/** The answer when too many pages are waiting to be rendered: try again shortly. */
function busy(lang: 'hu' | 'en'): Response {
	const words = localeResources[lang].teacher as { errors?: { unavailable_page?: string } };
	return new Response(words.errors?.unavailable_page ?? 'Busy', {
		status: 503,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }
	});
}
