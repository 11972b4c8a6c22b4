import { quizList } from '$lib/content/questions';
import type { PageServerLoad } from './$types';

/** Titles and counts only: the questions themselves are loaded when a quiz is opened. */
export const load: PageServerLoad = () => ({
	quizzes: quizList.map((quiz) => ({
		id: quiz.id,
		title: quiz.title,
		description: quiz.description,
		count: quiz.questions.length,
		types: [...new Set(quiz.questions.map((q) => q.type))]
	}))
});
