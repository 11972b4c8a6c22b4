import type { Lang } from '$lib/i18n/langs';
import type { LessonCard } from '$lib/server/lessons/content';

/** The lesson the addresses from before lessons had slugs lead to. */
export const defaultSlug: string = __DEFAULT_LESSON__;

/** Every lesson in the build. */
export const lessonSlugs: readonly string[] = __LESSON_SLUGS__;

/** The pages every lesson has under its slug: `/hu/<slug>/explainer`; `guide` is the teacher's guide. */
export const lessonPages = ['explainer', 'glossary', 'timeline', 'guide'] as const;
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

/** The lesson index's address. */
export const lessonsHref = (lang: Lang): string => `/${lang}/lessons`;

/**
 * The lesson of a page if it is not the default one: the site's shell (brand, footer) then names
 * that lesson instead of the default one, whose texts it carries.
 */
export const otherLesson = (lesson: LessonCard | undefined): LessonCard | undefined =>
	lesson?.slug === defaultSlug ? undefined : lesson;
