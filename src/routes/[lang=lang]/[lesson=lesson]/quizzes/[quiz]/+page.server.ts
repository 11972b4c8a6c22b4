import { error } from '@sveltejs/kit';
import { quizRef } from '$lib/lessons/paths';
import { findQuiz, nextQuiz } from '$lib/server/quiz/bank';
import type { PageServerLoad } from './$types';

/**
 * The quiz's title and size only: the questions come per attempt from `/api/quiz/deal`, without
 * keys, and each key only after its answer is checked. Unknown ids are a localized 404.
 */
export const load: PageServerLoad = ({ params }) => {
	const found = findQuiz(quizRef(params.lesson, params.quiz));
	if (!found) error(404, { message: 'Quiz not found', key: 'quiz:not_found' });
	const { quiz } = found;
	const after = nextQuiz(found);
	return {
		quiz: {
			id: quiz.id,
			name: found.practiceName,
			title: quiz.title,
			description: quiz.description,
			count: quiz.questions.length
		},
		next: after ? { id: after.quiz.id, title: after.quiz.title } : null
	};
};
