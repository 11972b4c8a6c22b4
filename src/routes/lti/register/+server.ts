import { database } from '$lib/server/classroom/service';
import { ltiPage, ltiRoute, ltiText } from '$lib/server/lti/page';
import { register } from '$lib/server/lti/registration';
import { lti } from '$lib/server/lti/tables';
import type { RequestHandler } from './$types';

/**
 * LTI Dynamic Registration: a platform admin pastes this address; the platform opens it with its
 * configuration address and a one-time token. On success the page tells the platform to close it.
 */
export const GET: RequestHandler = async ({ url, locals }) =>
	ltiRoute(locals.lang, async () => {
		const lang = locals.lang;
		const params = Object.fromEntries(url.searchParams);
		const done = await register(lti(await database()), params, url.origin, new Date());
		return ltiPage(
			lang,
			ltiText(lang, 'registered_heading'),
			(main) => main.ele('p').txt(ltiText(lang, 'registered_text')),
			{
				frameAncestor: done.issuer,
				// The message the LTI Dynamic Registration spec defines for closing the tool's frame.
				script:
					"(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');"
			}
		);
	});
