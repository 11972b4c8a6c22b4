import { error } from '@sveltejs/kit';
import { lessonQuizzes } from '$lib/server/quiz/bank';
import type { PageServerLoad } from './$types';

/** Titles and counts only: the questions themselves are loaded when a quiz is opened. */
export const load: PageServerLoad = ({ params }) => {
	const quizzes = lessonQuizzes(params.lesson);
	if (!quizzes.length) error(404, { message: 'Quiz not found', key: 'quiz:not_found' });
	return {
		quizzes: quizzes.map(({ quiz }) => ({
			id: quiz.id,
			title: quiz.title,
			description: quiz.description,
			count: quiz.questions.length,
			types: [...new Set(quiz.questions.map((q) => q.type))]
		}))
	};
};
