import type { Lesson } from '../../content/lesson/load.ts';

/* What the build keeps of a lesson for the server and for the lesson index. Relative imports only
 * (the Vite plugin loads this before any alias exists). */

/** A lesson as the server keeps it: its checked files' content, without the files by path. */
export function content(lesson: Lesson): LessonContent {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { files, ...rest } = lesson;
	return rest;
}
export type LessonContent = Omit<Lesson, 'files'>;

/** What the lesson index shows of a lesson: enough for its card, not its content. */
export function card(lesson: Pick<Lesson, 'slug' | 'meta'>) {
	const { title, subtitle, shortTitle, article, asOf } = lesson.meta;
	return {
		slug: lesson.slug,
		title,
		subtitle,
		shortTitle,
		date: article.date,
		source: article.source,
		asOf
	};
}
export type LessonCard = ReturnType<typeof card>;
