import { error } from '@sveltejs/kit';
import { explainerData } from '$lib/content/explainer-data.server';
import { quizForSections } from '$lib/content/next-steps';
import { quizzes } from '$lib/content/questions';
import { isLang } from '$lib/i18n/langs';
import { defaultLesson, findLesson } from '$lib/server/lessons/registry';
import { storyMapInfo } from '$lib/server/map/info';
import type { PageServerLoad } from './$types';

const nextQuiz = quizForSections();

/**
 * A lesson's explainer in the page's language, with its glossary, people and cited facts; the other
 * language's text only for `?parallel=1`, the one view that shows it (about half the page's
 * HTML otherwise). Runs on the server so the content code never ships to the browser. The
 * language switch and the parallel toggle navigate, so they fetch the data they need.
 * The default lesson's explainer also has the story map and, for each section, the quiz that asks
 * about it (its next step); the map's places and the quiz pages are not lesson data yet.
 */
export const load: PageServerLoad = ({ params, url }) => {
	const lesson = findLesson(params.lesson);
	if (!isLang(params.lang) || !lesson) error(404, { message: 'Not found' });
	const lang = params.lang;
	const isDefault = lesson === defaultLesson;
	const quizOf = isDefault
		? Object.fromEntries(
				Object.entries(nextQuiz).map(([section, id]) => [
					section,
					{ id, title: quizzes[id].title[lang] }
				])
			)
		: {};
	return {
		...explainerData(lesson, lang, url.searchParams.get('parallel') === '1'),
		map: isDefault ? storyMapInfo(lang) : undefined,
		quizOf,
		asOf: lesson.meta.asOf
	};
};
