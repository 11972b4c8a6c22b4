import { redirect } from '@sveltejs/kit';
import { claim } from '$lib/server/lti/claims';
import { database } from '$lib/server/classroom/service';
import { startDeepLinking } from '$lib/server/lti/deep-linking';
import { verifyLaunch } from '$lib/server/lti/launch';
import { launchLang, resourceLaunch } from '$lib/server/lti/links';
import { ltiPage, ltiRoute, ltiText } from '$lib/server/lti/page';
import { lti } from '$lib/server/lti/tables';
import { exportMenu } from '$lib/server/exports/bank';
import { quizRefHref } from '$lib/lessons/paths';
import type { RequestHandler } from './$types';

/**
 * The platform posts the signed id_token here (cross-site, by design). Nothing in it depends on
 * a cookie: in an iframe the student gets a button that opens the quiz in a new window, where
 * the resume link in the address carries the attempt.
 */
export const POST: RequestHandler = async ({ request, url, locals }) =>
	ltiRoute(locals.lang, async () => {
		let form: Record<string, unknown> = {};
		try {
			form = Object.fromEntries(await request.formData());
		} catch {
			form = {};
		}
		const db = await database();
		const now = new Date();
		const launch = await verifyLaunch(lti(db), form, now);
		const lang = launchLang(launch.claims);
		const frameAncestor = launch.registration.issuer;

		if (launch.kind === 'deep-linking') {
			const ticket = await startDeepLinking(lti(db), launch.registration, launch.claims, now);
			return ltiPage(
				lang,
				ltiText(lang, 'pick_heading'),
				(main) => {
					const list = main.ele('ul');
					for (const quiz of exportMenu()) {
						const f = list.ele('li').ele('form', { method: 'POST', action: '/lti/deep-link' });
						f.ele('input', { type: 'hidden', name: 'ticket', value: ticket });
						f.ele('input', { type: 'hidden', name: 'quiz', value: quiz.id });
						f.ele('button', { type: 'submit' }).txt(
							ltiText(lang, 'pick_button', { title: quiz.title[lang] })
						);
					}
				},
				{ frameAncestor }
			);
		}

		const result = await resourceLaunch(db, launch.registration, launch.claims, now);
		if (result.kind === 'instructor') {
			return ltiPage(
				lang,
				ltiText(lang, 'teacher_heading'),
				(main) => {
					main.ele('p').txt(ltiText(lang, 'teacher_text'));
					main
						.ele('p')
						.ele('a', {
							href: `${url.origin}${quizRefHref(lang, result.quiz)}`,
							target: '_blank',
							rel: 'noopener'
						})
						.txt(ltiText(lang, 'preview'));
				},
				{ frameAncestor }
			);
		}
		const attempt = `${url.origin}/${lang}/attempt/${result.token}`;
		// Opened in a window of its own: go straight to the quiz.
		if (launch.claims[claim.launchPresentation]?.document_target === 'window')
			redirect(303, attempt);
		return ltiPage(
			lang,
			ltiText(lang, 'open_heading'),
			(main) => {
				main.ele('p').txt(ltiText(lang, 'open_text'));
				main
					.ele('p')
					.ele('a', {
						href: attempt,
						target: '_blank',
						rel: 'noopener noreferrer',
						'data-testid': 'open-quiz'
					})
					.txt(ltiText(lang, 'open_button'));
			},
			{ frameAncestor }
		);
	});
