/**
 * SvelteKit's cross-site form check, kept for every route but the two LTI doors that a learning
 * platform posts to from its own origin by design (login initiation, and the launch, whose signed
 * id_token and one-time nonce are its protection). SvelteKit runs its own check before any hook
 * and cannot exempt a path, so svelte.config.js trusts all origins and this check takes its place.
 */
const crossSitePaths = new Set(['/lti/login', '/lti/launch']);

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export function crossSiteRefusal(request: Request, url: URL): Response | null {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return null;
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	if (!formTypes.includes(type)) return null;
	if (request.headers.get('origin') === url.origin) return null;
	if (crossSitePaths.has(url.pathname)) return null;
	const message = `Cross-site ${request.method} form submissions are forbidden`;
	return request.headers.get('accept') === 'application/json'
		? Response.json({ message }, { status: 403 })
		: new Response(message, { status: 403 });
}
