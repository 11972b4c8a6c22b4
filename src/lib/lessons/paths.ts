import type { Lang } from '$lib/i18n/langs';
import type { LessonCard } from '$lib/server/lessons/content';

/** The lesson the addresses from before lessons had slugs lead to. */
export const defaultSlug: string = __DEFAULT_LESSON__;

/** Every lesson in the build. */
export const lessonSlugs: readonly string[] = __LESSON_SLUGS__;

/** The pages every lesson has under its slug: `/hu/<slug>/explainer`; `guide` is the teacher's guide. */
export const lessonPages = ['explainer', 'glossary', 'timeline', 'quizzes', 'guide'] as const;
export type LessonPage = (typeof lessonPages)[number];

export const isLessonPage = (page: string): page is LessonPage =>
	(lessonPages as readonly string[]).includes(page);

/** A lesson page's address; the default lesson's unless a slug is given. */
export const lessonHref = (lang: Lang, page: LessonPage, slug: string = defaultSlug): string =>
	`/${lang}/${slug}/${page}`;

/** A chart's data file beside a lesson's timeline (`.csv` to download, `.json` to draw it). */
export const chartFileHref = (
	lang: Lang,
	chart: string,
	ext: 'csv' | 'json',
	slug: string = defaultSlug
): string => `${lessonHref(lang, 'timeline', slug)}/${chart}.${ext}`;

/** A lesson's story map, an SVG image drawn from its places.yaml; the default lesson's unless a slug is given. */
export const mapHref = (lang: Lang, slug: string = defaultSlug): string =>
	`/${lang}/${slug}/map.svg`;

/** A lesson's quiz list. */
export const quizzesHref = (lang: Lang, slug: string = defaultSlug): string =>
	lessonHref(lang, 'quizzes', slug);

/** A quiz's page; the default lesson's unless a slug is given. */
export const quizHref = (lang: Lang, quiz: string, slug: string = defaultSlug): string =>
	`${quizzesHref(lang, slug)}/${quiz}`;

/**
 * A quiz across lessons, `<lesson slug>/<quiz id>`, as assignments store it and the teacher's form
 * sends it. Quiz ids are unique only within their lesson.
 */
export const quizRef = (slug: string, quiz: string): string => `${slug}/${quiz}`;

/**
 * A quiz ref's lesson and quiz. A bare quiz id (stored, linked or cached before lessons had slugs,
 * or a practice attempt of the default lesson) is the default lesson's.
 */
export function splitQuizRef(ref: string): { slug: string; quiz: string } {
	const at = ref.indexOf('/');
	return at < 0
		? { slug: defaultSlug, quiz: ref }
		: { slug: ref.slice(0, at), quiz: ref.slice(at + 1) };
}

/** The page of the quiz a ref names. */
export function quizRefHref(lang: Lang, ref: string): string {
	const { slug, quiz } = splitQuizRef(ref);
	return quizHref(lang, quiz, slug);
}

/**
 * The name a practice attempt goes by in the browser's storage and in its deal: the bare id for the
 * default lesson's quizzes, as before lessons had slugs (so that progress kept in a browser, and an
 * attempt in progress, survive the move), the ref for every other lesson's.
 */
export const practiceName = (slug: string, quiz: string): string =>
	slug === defaultSlug ? quiz : quizRef(slug, quiz);

/** The lesson index's address. */
export const lessonsHref = (lang: Lang): string => `/${lang}/lessons`;

/**
 * The lesson of a page if it is not the default one: the site's shell (brand, footer) then names
 * that lesson instead of the default one, whose texts it carries.
 */
export const otherLesson = (lesson: LessonCard | undefined): LessonCard | undefined =>
	lesson?.slug === defaultSlug ? undefined : lesson;
