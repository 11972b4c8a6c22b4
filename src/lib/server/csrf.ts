import type { Lang } from '$lib/i18n/langs';
import { crossSiteForm } from '../../../scripts/origin.js';

/**
 * The cross-site form check, in place of SvelteKit's own (svelte.config.js trusts every origin),
 * which runs before any hook and cannot exempt a path: the LTI login and launch are posted by a
 * learning platform from its own origin. The rule is scripts/origin.js's, the one `npm start`
 * applies first, checked here against the origin adapter-node gives the request (ORIGIN, or the
 * connection's protocol and Host that scripts/serve.js states), so both always agree.
 */
export function isCrossSiteForm(request: Request, url: URL): boolean {
	return crossSiteForm(
		request.method,
		request.headers.get('content-type') ?? undefined,
		request.headers.get('origin'),
		url.origin,
		url.pathname
	);
}

/**
 * The 403 for a refused form: for a form sent by script, the error result the page shows (as
 * `npm start` answers); otherwise the lesson's own refusal page in the reader's language, fetched
 * from the app by `page` (the same page `npm start` serves).
 */
export async function crossSiteRefusal(
	request: Request,
	lang: Lang,
	page: (path: string) => Promise<Response>
): Promise<Response> {
	if (request.headers.get('accept') === 'application/json') {
		const error = { message: 'Cross-site form', key: 'error.cross_site_text' };
		return Response.json(
			{ type: 'error', status: 403, error },
			{ status: 403, headers: { 'cache-control': 'no-store' } }
		);
	}
	const refused = await page(`/${lang}/refused`);
	return new Response(refused.body, { status: 403, headers: new Headers(refused.headers) });
}
