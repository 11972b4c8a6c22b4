import { checkLesson, type LessonRefs } from './check.ts';
import type { LessonError } from './issues.ts';
import { loadLesson, type Lesson, type LessonFiles } from './load.ts';

/** Loads a lesson folder and runs every check: the schemas, then the checks across files. */
export function validateLesson(
	slug: string,
	files: LessonFiles,
	refs: LessonRefs
): { lesson?: Lesson; errors: LessonError[] } {
	const loaded = loadLesson(slug, files);
	if (!loaded.lesson) return loaded;
	const errors = checkLesson(loaded.lesson, refs);
	return errors.length ? { errors } : { lesson: loaded.lesson, errors };
}
