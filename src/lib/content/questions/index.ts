import { quizIds, type QuizId } from '../anchors';
import type { Question, Quiz } from '$lib/quiz/types';
import { articleQuiz } from './article';
import { contextQuiz } from './context';
import { dataQuiz } from './data';
import { wordsQuiz } from './words';

/** Every quiz of the lesson, by id (the ids agreed in anchors.ts). */
export const quizzes: Record<QuizId, Quiz> = {
	article: articleQuiz,
	context: contextQuiz,
	data: dataQuiz,
	words: wordsQuiz
};

/** The quizzes in the order they are listed. */
export const quizList: Quiz[] = quizIds.map((id) => quizzes[id]);

/** The quiz with this id, or undefined for an id that is not a quiz (a typed URL, an old link). */
export function getQuiz(id: string): Quiz | undefined {
	return (quizIds as readonly string[]).includes(id) ? quizzes[id as QuizId] : undefined;
}

/** Every question of the bank by id, e.g. for an assignment that mixes quizzes. */
export const questionsById: ReadonlyMap<string, Question> = new Map(
	quizList.flatMap((quiz) => quiz.questions.map((q) => [q.id, q] as const))
);
