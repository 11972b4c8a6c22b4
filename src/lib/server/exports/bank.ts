import type { Quiz, Text } from '$lib/quiz/types';
import { allQuizzes, assignedQuizName, findQuiz } from '../quiz/bank';

/**
 * The one door from the exports (Moodle XML, QTI, LTI's line items) to the question bank. A choice
 * is `all` or a quiz's ref (`<lesson>/<quiz>`; a bare id is the default lesson's, as in the links and
 * LTI custom parameters made before lessons had slugs).
 */
export type ExportChoice = string;

export function isExportChoice(value: unknown): value is ExportChoice {
	return typeof value === 'string' && (value === 'all' || findQuiz(value) !== undefined);
}

/** The quizzes a teacher asked for: one, or every quiz of every lesson in the order they are listed. */
export function exportQuizzes(choice: ExportChoice): Quiz[] {
	if (choice === 'all') return allQuizzes.map(({ quiz }) => quiz);
	const found = findQuiz(choice);
	return found ? [found.quiz] : [];
}

/** A download's name before its format: `shoigu-pyongyang-2024-words`, or `all-quizzes`. */
export function exportFileStem(choice: ExportChoice): string {
	const found = choice === 'all' ? undefined : findQuiz(choice);
	return found ? `${found.lesson.slug}-${found.quiz.id}` : 'all-quizzes';
}

/** What the export form lists: refs and names (lesson and quiz) only, never a question. */
export function exportMenu(): { id: string; title: Text }[] {
	return allQuizzes.map(({ ref }) => ({ id: ref, title: assignedQuizName(ref) }));
}
