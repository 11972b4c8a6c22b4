import { fragment } from 'xmlbuilder2';
import type { Lang } from '$lib/i18n/langs';
import type { XMLBuilder } from '../exports/html';
import { localeResources } from '../locales';
import { LtiError } from './tables';

/** A string of `lti:*` (`locales/<lang>/lti.json`, which no Svelte page carries) in the reader's language. */
export function ltiText(lang: Lang, key: string, values: Record<string, string> = {}): string {
	let node: unknown = localeResources[lang].lti;
	for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
	const text = typeof node === 'string' ? node : key;
	return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

const style =
	'body{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a2e;background:#fff}' +
	'a,button{display:inline-block;font:inherit;padding:.6rem 1rem;border-radius:.4rem;border:2px solid #1d3a8a;background:#1d3a8a;color:#fff;text-decoration:none;cursor:pointer;margin:.25rem 0}' +
	'a:focus-visible,button:focus-visible{outline:3px solid #c2185b;outline-offset:2px}ul{list-style:none;padding:0}';

/**
 * A small page for the platform's iframe or window. Built with the XML builder (escaped), not a
 * Svelte page: the site's pages may not be framed, and this one may be framed by the platform
 * only (`frame-ancestors`), with forms that may post to it only.
 */
export function ltiPage(
	lang: Lang,
	title: string,
	body: (main: XMLBuilder) => void,
	options: { status?: number; frameAncestor?: string; formAction?: string; script?: string } = {}
): Response {
	const root = fragment();
	const html = root.ele('html', { lang });
	const head = html.ele('head');
	head.ele('meta', { charset: 'utf-8' });
	head.ele('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' });
	head.ele('meta', { name: 'referrer', content: 'no-referrer' });
	head.ele('title').txt(title);
	head.ele('style').txt(style);
	const page = html.ele('body');
	const main = page.ele('main');
	main.ele('h1').txt(title);
	body(main);
	if (options.script) page.ele('script').txt(options.script);
	const origin = (address?: string) => (address ? new URL(address).origin : null);
	const csp = [
		"default-src 'none'",
		"style-src 'unsafe-inline'",
		options.script ? "script-src 'unsafe-inline'" : "script-src 'none'",
		`form-action 'self'${origin(options.formAction) ? ` ${origin(options.formAction)}` : ''}`,
		`frame-ancestors ${options.frameAncestor === '*' ? '*' : (origin(options.frameAncestor) ?? "'none'")}`,
		"base-uri 'none'"
	].join('; ');
	return new Response(`<!doctype html>\n${root.end()}`, {
		status: options.status ?? 200,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			'content-security-policy': csp,
			'referrer-policy': 'no-referrer'
		}
	});
}

/** A refusal as a page in the reader's language, with its 4xx status. */
export function refusalPage(lang: Lang, e: LtiError): Response {
	return ltiPage(
		lang,
		ltiText(lang, 'error_heading'),
		(main) => main.ele('p', { role: 'alert' }).txt(ltiText(lang, `errors.${e.key}`)),
		// Shown wherever the platform opened the launch; a refusal has nothing to click-jack.
		{ status: e.status, frameAncestor: '*' }
	);
}

/** Runs an LTI handler; an LtiError becomes its refusal page, anything else is a real fault. */
export async function ltiRoute(lang: Lang, work: () => Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof LtiError) return refusalPage(lang, e);
		throw e;
	}
}
