import { quizFromFile } from '$lib/content/questions/helpers';
import { practiceName, quizRef, splitQuizRef } from '$lib/lessons/paths';
import type { Lang } from '$lib/i18n/langs';
import type { Question, Quiz, Text } from '$lib/quiz/types';
import { card, type LessonCard } from '../lessons/content';
import { allLessons, findLesson } from '../lessons/registry';

/**
 * The question bank of every lesson the server serves, keys and explanations included, for server
 * code only. The browser gets questions only through `deal.ts` (no keys) and keys only through a
 * check or a submission. Client code must not import `$lib/content/questions` (a spec beside this
 * file makes sure).
 */

/** A quiz with the lesson it belongs to. */
export interface LessonQuiz {
	/** `<lesson slug>/<quiz id>`, as assignments store it. */
	ref: string;
	/** What a practice attempt of it goes by in the browser (see `practiceName`). */
	practiceName: string;
	lesson: LessonCard;
	quiz: Quiz;
}

const lessonQuizList = new Map<string, LessonQuiz[]>(
	allLessons().map((lesson) => [
		lesson.slug,
		lesson.quizzes.map((file) => ({
			ref: quizRef(lesson.slug, file.id),
			practiceName: practiceName(lesson.slug, file.id),
			lesson: card(lesson),
			quiz: quizFromFile(file)
		}))
	])
);

/** Every quiz of every lesson: the default lesson's first, each lesson's in its own order. */
export const allQuizzes: readonly LessonQuiz[] = [...lessonQuizList.values()].flat();

const byRef = new Map(allQuizzes.map((q) => [q.ref, q]));

/** A lesson's quizzes in its order; none for a lesson that is not served. */
export const lessonQuizzes = (slug: string): readonly LessonQuiz[] =>
	findLesson(slug) ? (lessonQuizList.get(slug) ?? []) : [];

/**
 * The quiz a ref names (`<slug>/<quiz>`, or a bare id for the default lesson's), or undefined for
 * anything else: a typed URL, an old link, a quiz since removed.
 */
export function findQuiz(ref: string): LessonQuiz | undefined {
	const { slug, quiz } = splitQuizRef(ref);
	return byRef.get(quizRef(slug, quiz));
}

/** The quiz after this one in its lesson, if any. */
export function nextQuiz(of: LessonQuiz): LessonQuiz | undefined {
	const list = lessonQuizList.get(of.lesson.slug) ?? [];
	return list[list.indexOf(of) + 1];
}

/** Every question of every lesson by id (ids are unique across lessons: the registry checks). */
export const questionsById: ReadonlyMap<string, Question> = new Map(
	allQuizzes.flatMap(({ quiz }) => quiz.questions.map((q) => [q.id, q] as const))
);

/**
 * An assigned quiz's name for the teacher's and students' pages and the exports: its lesson's and
 * its own title, "Shoigu in Pyongyang – Understanding the article"; the ref itself for a quiz no
 * longer served (its lesson folder was taken away).
 */
export function assignedQuizName(ref: string): Text {
	const found = findQuiz(ref);
	if (!found) return { hu: ref, en: ref };
	const name = (lang: Lang) => `${found.lesson.shortTitle[lang]} – ${found.quiz.title[lang]}`;
	return { hu: name('hu'), en: name('en') };
}
