import type { Lang } from '$lib/i18n/langs';
import type { LessonCard } from '$lib/server/lessons/content';

/** The lesson the addresses from before lessons had slugs lead to. */
export const defaultSlug: string = __DEFAULT_LESSON__;

/** Every lesson in the build. */
export const lessonSlugs: readonly string[] = __LESSON_SLUGS__;

/** The pages every lesson has under its slug: `/hu/<slug>/explainer`. */
export type LessonPage = 'explainer' | 'glossary';

/** A lesson page's address; the default lesson's unless a slug is given. */
export const lessonHref = (lang: Lang, page: LessonPage, slug: string = defaultSlug): string =>
	`/${lang}/${slug}/${page}`;

/** The lesson index's address. */
export const lessonsHref = (lang: Lang): string => `/${lang}/lessons`;

/**
 * The lesson of a page if it is not the default one: the site's shell (brand, footer) then names
 * that lesson instead of the default one, whose texts it carries.
 */
export const otherLesson = (lesson: LessonCard | undefined): LessonCard | undefined =>
	lesson?.slug === defaultSlug ? undefined : lesson;
