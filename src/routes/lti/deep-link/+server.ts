import { database } from '$lib/server/classroom/service';
import { deepLinkingResponse } from '$lib/server/lti/deep-linking';
import { ltiPage, ltiRoute, ltiText } from '$lib/server/lti/page';
import { lti } from '$lib/server/lti/tables';
import type { RequestHandler } from './$types';

/**
 * The teacher's pick (a same-origin form in the platform's iframe) becomes a signed deep-linking
 * response, posted back to the platform by the teacher's click: no script needed.
 */
export const POST: RequestHandler = async ({ request, url, locals }) =>
	ltiRoute(locals.lang, async () => {
		let form: Record<string, unknown> = {};
		try {
			form = Object.fromEntries(await request.formData());
		} catch {
			form = {};
		}
		const lang = locals.lang;
		const picked = await deepLinkingResponse(
			lti(await database()),
			form,
			`${url.origin}/lti/launch`,
			new Date()
		);
		return ltiPage(
			lang,
			ltiText(lang, 'picked_heading'),
			(main) => {
				main.ele('p').txt(ltiText(lang, 'picked_text'));
				const f = main.ele('form', { method: 'POST', action: picked.returnUrl });
				f.ele('input', { type: 'hidden', name: 'JWT', value: picked.jwt });
				f.ele('button', { type: 'submit' }).txt(ltiText(lang, 'return_button'));
			},
			{ frameAncestor: picked.returnUrl, formAction: picked.returnUrl }
		);
	});
