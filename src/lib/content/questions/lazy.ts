import type { QuizId } from '../anchors';
import type { Quiz } from '$lib/quiz/types';

/**
 * One quiz at a time for the browser: each quiz is its own chunk, so opening one quiz does not
 * download the other three. Server code and specs use `quizzes` from index.ts instead.
 */
const loaders: Record<QuizId, () => Promise<Quiz>> = {
	article: () => import('./article').then((m) => m.articleQuiz),
	context: () => import('./context').then((m) => m.contextQuiz),
	data: () => import('./data').then((m) => m.dataQuiz),
	words: () => import('./words').then((m) => m.wordsQuiz)
};

/** The quiz with this id, or undefined for an unknown id. */
export function loadQuiz(id: string): Promise<Quiz | undefined> {
	return Object.hasOwn(loaders, id) ? loaders[id as QuizId]() : Promise.resolve(undefined);
}
