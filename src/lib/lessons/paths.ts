import { defaultSlug } from 'virtual:lesson-slugs';
import type { Lang } from '$lib/i18n/langs';

/** The pages every lesson has under its slug: `/hu/<slug>/explainer`. */
export type LessonPage = 'explainer' | 'glossary';

/** A lesson page's address; the default lesson's unless a slug is given. */
export const lessonHref = (lang: Lang, page: LessonPage, slug: string = defaultSlug): string =>
	`/${lang}/${slug}/${page}`;

/** The lesson index's address. */
export const lessonsHref = (lang: Lang): string => `/${lang}/lessons`;

export { defaultSlug };
