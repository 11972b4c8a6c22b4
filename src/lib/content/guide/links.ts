import type { Lang } from '$lib/i18n/langs';
import { defaultSlug, isLessonPage, lessonHref, quizHref } from '$lib/lessons/paths';
import type { LinkTarget } from './types';

/**
 * The address of a guide link in the reader's language, built only from agreed ids and slugs: a
 * lesson's own pages and explainer anchors under that lesson's slug (the default lesson's unless
 * one is given): its explainer's anchors, its timeline's charts, its quizzes.
 */
export function targetHref(lang: Lang, target: LinkTarget, slug: string = defaultSlug): string {
	switch (target.kind) {
		case 'explainer':
			return `${lessonHref(lang, 'explainer', slug)}#${target.anchor}`;
		case 'chart':
			return `${lessonHref(lang, 'timeline', slug)}#${target.anchor}`;
		case 'quiz':
			return quizHref(lang, target.quiz, slug);
		case 'page':
			return isLessonPage(target.page)
				? lessonHref(lang, target.page, slug)
				: `/${lang}/${target.page}`;
		case 'parallel':
			return `${lessonHref(lang, 'explainer', slug)}?parallel=1`;
	}
}

/** The guide page and its printable sheets. */
export const sheetIds = ['worksheet', 'answer-key', 'vocabulary'] as const;
export type SheetId = (typeof sheetIds)[number];

export function isSheetId(value: string): value is SheetId {
	return (sheetIds as readonly string[]).includes(value);
}

/** A lesson's teacher's guide (the default lesson's unless a slug is given). */
export function guideHref(lang: Lang, slug: string = defaultSlug): string {
	return lessonHref(lang, 'guide', slug);
}

/** One of a lesson's printable sheets. */
export function sheetHref(lang: Lang, sheet: SheetId, slug: string = defaultSlug): string {
	return `${guideHref(lang, slug)}/print/${sheet}`;
}
