import { error } from '@sveltejs/kit';
import { quizIds } from '$lib/content/anchors';
import { getQuiz } from '$lib/server/quiz/bank';
import type { PageServerLoad } from './$types';

/**
 * The quiz's title and size only: the questions come per attempt from `/api/quiz/deal`, without
 * keys, and each key only after its answer is checked. Unknown ids are a localized 404.
 */
export const load: PageServerLoad = ({ params }) => {
	const quiz = getQuiz(params.quiz);
	if (!quiz) error(404, { message: 'Quiz not found', key: 'quiz:not_found' });
	const after = getQuiz(quizIds[quizIds.indexOf(quiz.id) + 1] ?? '');
	return {
		quiz: {
			id: quiz.id,
			title: quiz.title,
			description: quiz.description,
			count: quiz.questions.length
		},
		next: after ? { id: after.id, title: after.title } : null
	};
};
