import { evidenceHref, quizHref } from '$lib/content/anchors';
import type { Lang } from '$lib/i18n/langs';
import { isLessonPage, lessonHref } from '$lib/lessons/paths';
import type { LinkTarget } from './types';

/** The address of a guide link in the reader's language, built only from agreed ids and slugs. */
export function targetHref(lang: Lang, target: LinkTarget): string {
	switch (target.kind) {
		case 'explainer':
		case 'chart':
			return evidenceHref(lang, target);
		case 'quiz':
			return quizHref(lang, target.quiz);
		case 'page':
			return isLessonPage(target.page) ? lessonHref(lang, target.page) : `/${lang}/${target.page}`;
		case 'parallel':
			return `${lessonHref(lang, 'explainer')}?parallel=1`;
	}
}

/** The guide page and its printable sheets. */
export const sheetIds = ['worksheet', 'answer-key', 'vocabulary'] as const;
export type SheetId = (typeof sheetIds)[number];

export function isSheetId(value: string): value is SheetId {
	return (sheetIds as readonly string[]).includes(value);
}

export function guideHref(lang: Lang): string {
	return `/${lang}/teacher/guide`;
}

export function sheetHref(lang: Lang, sheet: SheetId): string {
	return `/${lang}/teacher/guide/print/${sheet}`;
}
