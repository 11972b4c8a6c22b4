import { error } from '@sveltejs/kit';
import { loadQuiz } from '$lib/content/questions/lazy';
import type { PageLoad } from './$types';

/** The quiz with its questions (and keys: practice is graded in the browser). Unknown ids are a localized 404. */
export const load: PageLoad = async ({ params }) => {
	const quiz = await loadQuiz(params.quiz);
	if (!quiz) error(404, { message: 'Quiz not found', key: 'quiz:not_found' });
	return { quiz };
};
