import { error } from '@sveltejs/kit';
import { lessonGuide } from '$lib/content/guide/lesson-guide';
import { guidePageData, hasGuide } from '$lib/content/guide/page-data.server';
import { isLang } from '$lib/i18n/langs';
import { findLesson } from '$lib/server/lessons/registry';
import type { PageServerLoad } from './$types';

/**
 * A lesson's teacher's guide in the page's language, with the sources of the facts it states, built
 * on the server so that neither the guide's text nor the fact sheet ships as JavaScript (and the
 * page carries one language, not two). A lesson with nothing to teach from (no plans, timeline or
 * glossary) has no guide: a 404.
 */
export const load: PageServerLoad = ({ params }) => {
	const lesson = findLesson(params.lesson);
	if (!isLang(params.lang) || !lesson) error(404, { message: 'Not found' });
	const guide = lessonGuide(lesson);
	if (!hasGuide(guide)) error(404, { message: 'Not found' });
	return guidePageData(guide, params.lang);
};
