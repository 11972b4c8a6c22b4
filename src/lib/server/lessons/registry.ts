import { resolve } from 'node:path';
import { env } from '$env/dynamic/private';
import { lessons as built } from 'virtual:lesson-content';
import { formatError } from '$lib/content/lesson/issues';
import { defaultSlug } from '$lib/lessons/paths';
import { sharedRefs } from '$lib/content/lesson/refs';
import { validateLesson } from '$lib/content/lesson/validate';
import { lessonFolders, readLessonFiles } from './read';
import { card, content, type LessonContent } from './content';

/*
 * Every lesson the server serves: the ones in the build (src/content/lessons, checked when it was
 * built) and, at run time, each folder in `LESSONS_DIR`, checked when the server starts, so that a
 * lesson added to that folder needs a restart and no build. A malformed one stops the start with
 * every problem listed: it never reaches a reader.
 */

/** Reads and checks the lesson folders under `dir`; throws listing every problem. */
export function readLessons(dir: string): LessonContent[] {
	const found: LessonContent[] = [];
	const problems: string[] = [];
	for (const [slug, folder] of lessonFolders(resolve(dir))) {
		const result = validateLesson(slug, readLessonFiles(folder), sharedRefs());
		if (result.lesson) found.push(content(result.lesson));
		else problems.push(...result.errors.map((e) => `  ${slug}/${formatError(e)}`));
	}
	if (problems.length)
		throw new Error(`LESSONS_DIR (${dir}) has problems:\n${problems.join('\n')}`);
	return found;
}

/**
 * Question ids used by more than one lesson. A class attempt names its questions by id alone (the
 * answers stored since before lessons had slugs do), so ids must be unique across lessons.
 */
export function sharedQuestionIds(lessons: readonly LessonContent[]): string[] {
	const seen = new Map<string, string>();
	const problems: string[] = [];
	for (const lesson of lessons)
		for (const quiz of lesson.quizzes)
			for (const { id } of quiz.questions) {
				const first = seen.get(id);
				if (first && first !== lesson.slug)
					problems.push(
						`  ${lesson.slug}/quizzes/${quiz.id}.yaml: question '${id}' is also a question of ${first}: choose another id`
					);
				else seen.set(id, lesson.slug);
			}
	return problems;
}

const all = [...built, ...(env.LESSONS_DIR ? readLessons(env.LESSONS_DIR) : [])];
const shared = sharedQuestionIds(all);
if (shared.length) throw new Error(`Lessons share question ids:\n${shared.join('\n')}`);
const bySlug = new Map<string, LessonContent>(all.map((l) => [l.slug, l]));

/** The lesson the addresses from before lessons had slugs (`/hu/explainer`) lead to. */
export const defaultLesson = bySlug.get(defaultSlug) as LessonContent;

/** The lesson with this slug, or undefined. */
export const findLesson = (slug: string): LessonContent | undefined => bySlug.get(slug);

/** Every lesson, the default lesson first, then by slug. */
export const allLessons = (): LessonContent[] =>
	[...bySlug.values()].sort(
		(a, b) =>
			Number(b === defaultLesson) - Number(a === defaultLesson) || (a.slug < b.slug ? -1 : 1)
	);

/** Every lesson's index card, the default lesson first, then by slug. */
export const lessonCards = () => allLessons().map(card);
