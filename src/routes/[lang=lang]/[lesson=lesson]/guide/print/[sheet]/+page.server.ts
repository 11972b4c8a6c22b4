import { error } from '@sveltejs/kit';
import { lessonGuide } from '$lib/content/guide/lesson-guide';
import { sheetData, sheetsOf } from '$lib/content/guide/page-data.server';
import { isSheetId } from '$lib/content/guide/links';
import { isLang } from '$lib/i18n/langs';
import { findLesson } from '$lib/server/lessons/registry';
import type { PageServerLoad } from './$types';

/**
 * One printable sheet of a lesson's guide in the page's language, built on the server: the sheet's
 * text and sources stay out of the JavaScript, and the students' worksheet does not carry the
 * answer key. Any other sheet name, or a sheet the lesson has nothing for, is a (localized) 404.
 */
export const load: PageServerLoad = ({ params }) => {
	const lesson = findLesson(params.lesson);
	if (!isSheetId(params.sheet) || !isLang(params.lang) || !lesson)
		error(404, { message: 'Not found' });
	const guide = lessonGuide(lesson);
	if (!sheetsOf(guide).includes(params.sheet)) error(404, { message: 'Not found' });
	return sheetData(guide, params.sheet, params.lang);
};
