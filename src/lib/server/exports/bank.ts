import { quizIds } from '$lib/content/anchors';
import { quizzes } from '$lib/content/questions';
import type { Quiz } from '$lib/quiz/types';

/**
 * The one door from the exports to the question bank, so that moving the bank behind a server-only
 * module changes this import and nothing else.
 */
export const exportChoices = ['all', ...quizIds] as const;
export type ExportChoice = (typeof exportChoices)[number];

export function isExportChoice(value: unknown): value is ExportChoice {
	return typeof value === 'string' && (exportChoices as readonly string[]).includes(value);
}

/** The quizzes a teacher asked for: one, or every quiz in the order they are listed. */
export function exportQuizzes(choice: ExportChoice): Quiz[] {
	return choice === 'all' ? quizIds.map((id) => quizzes[id]) : [quizzes[choice]];
}

/** What the export form lists: ids and titles only, never a question. */
export function exportMenu(): { id: string; title: Quiz['title'] }[] {
	return quizIds.map((id) => ({ id, title: quizzes[id].title }));
}
