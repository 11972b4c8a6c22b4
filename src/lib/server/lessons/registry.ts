import { lessons } from 'virtual:lessons';

/*
 * The lessons of this build by slug: every folder under src/content/lessons plus, when the build
 * ran with `LESSONS_DIR`, every folder there, each validated by the lessons Vite plugin.
 */

/** The lesson every address without a slug shows. */
export const defaultSlug = 'shoigu-pyongyang-2024';

export type LessonCard = (typeof lessons)[number];

/** Every lesson's card, the default lesson first. */
export const lessonCards = (): LessonCard[] =>
	[...lessons].sort((a, b) => +(b.slug === defaultSlug) - +(a.slug === defaultSlug));

/** One lesson's card, or undefined for an unknown slug. */
export const lessonCard = (slug: string): LessonCard | undefined =>
	lessons.find((l) => l.slug === slug);
