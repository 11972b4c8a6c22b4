import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/classroom/service';
import { loginRedirect } from '$lib/server/lti/launch';
import { ltiRoute } from '$lib/server/lti/page';
import { lti } from '$lib/server/lti/tables';
import type { RequestEvent, RequestHandler } from './$types';

/** OIDC login initiation, by GET or by a cross-site form POST from the platform. */
async function handle(event: RequestEvent, params: Record<string, unknown>) {
	return ltiRoute(event.locals.lang, async () => {
		const target = await loginRedirect(
			lti(await database()),
			params,
			`${event.url.origin}/lti/launch`,
			new Date()
		);
		redirect(302, target);
	});
}

export const GET: RequestHandler = (event) =>
	handle(event, Object.fromEntries(event.url.searchParams));

export const POST: RequestHandler = async (event) => {
	let params: Record<string, unknown> = {};
	try {
		params = Object.fromEntries(await event.request.formData());
	} catch {
		params = {};
	}
	return handle(event, params);
};
