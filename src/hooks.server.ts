import type { Handle } from '@sveltejs/kit';
import { isLang, langCookie } from '$lib/i18n/langs';
import { negotiateLang } from '$lib/i18n/negotiate';
import { compress } from '$lib/server/compress';
import { crossSiteRefusal } from '$lib/server/csrf';
import { defaultTextSize, isTextSize, textSizeCookie } from '$lib/text-size';

const oneYear = 60 * 60 * 24 * 365;

export const handle: Handle = async ({ event, resolve }) => {
	// In place of SvelteKit's own origin check, which cannot let the LTI launch through (csrf.ts).
	const refused = crossSiteRefusal(event.request, event.url);
	if (refused) return refused;
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

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%textsize%', textSize)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (event.url.pathname === '/') response.headers.append('Vary', 'Accept-Language, Cookie');
	return compress(event.request, response);
};
