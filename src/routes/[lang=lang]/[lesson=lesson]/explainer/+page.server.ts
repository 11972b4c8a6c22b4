import { error } from '@sveltejs/kit';
import { explainerData } from '$lib/content/explainer-data.server';
import { quizForSections } from '$lib/content/next-steps';
import { isLang } from '$lib/i18n/langs';
import { findLesson } from '$lib/server/lessons/registry';
import { storyMapInfo } from '$lib/server/map/info';
import { lessonQuizzes } from '$lib/server/quiz/bank';
import type { PageServerLoad } from './$types';

/**
 * A lesson's explainer in the page's language, with its glossary, people and cited facts; the other
 * language's text only for `?parallel=1`, the one view that shows it (about half the page's
 * HTML otherwise). Runs on the server so the content code never ships to the browser. The
 * language switch and the parallel toggle navigate, so they fetch the data they need.
 * Each section ends with the lesson's quiz that asks most about it (its next step). A lesson with
 * places (its places.yaml) also has its story map.
 */
export const load: PageServerLoad = ({ params, url }) => {
	const lesson = findLesson(params.lesson);
	if (!isLang(params.lang) || !lesson) error(404, { message: 'Not found' });
	const lang = params.lang;
	const quizzes = lessonQuizzes(lesson.slug).map(({ quiz }) => quiz);
	const quizOf = Object.fromEntries(
		Object.entries(quizForSections(lesson.explainer.sections, quizzes)).map(([section, quiz]) => [
			section,
			{ id: quiz.id, title: quiz.title[lang] }
		])
	);
	return {
		...explainerData(lesson, lang, url.searchParams.get('parallel') === '1'),
		map: storyMapInfo(lesson, lang),
		quizOf,
		hasQuizzes: quizzes.length > 0,
		asOf: lesson.meta.asOf
	};
};
