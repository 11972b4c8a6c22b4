import { error } from '@sveltejs/kit';
import { keyFigures } from '$lib/content/key-figures';
import { lessonAsOf } from '$lib/data/currency.server';
import { isLang } from '$lib/i18n/langs';
import { defaultSlug } from '$lib/lessons/paths';
import { defaultLesson } from '$lib/server/lessons/registry';
import { storyMapInfo } from '$lib/server/map/info';
import { lessonQuizzes } from '$lib/server/quiz/bank';
import type { PageServerLoad } from './$types';

/**
 * How current the lesson is (the date of its latest fact), the default lesson's map, the three key
 * figures and the quizzes (titles only), in the page's language. The home page is the default
 * lesson's.
 */
export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, { message: 'Not found' });
	const lang = params.lang;
	return {
		asOf: lessonAsOf,
		map: storyMapInfo(defaultLesson, lang),
		figures: keyFigures(lang),
		quizzes: lessonQuizzes(defaultSlug).map(({ quiz }) => ({
			id: quiz.id,
			title: quiz.title[lang],
			count: quiz.questions.length
		}))
	};
};
