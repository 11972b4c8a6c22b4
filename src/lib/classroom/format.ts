import { dateTimeFormat } from '$lib/i18n/format';
import { intlLocale, type Lang } from '$lib/i18n/langs';

/**
 * A moment as the teacher reads it, in Budapest time (the lesson's schools): the same on the
 * server and in the browser, so that server-rendered and updated pages agree.
 */
export function formatDateTime(iso: string, lang: Lang): string {
	return dateTimeFormat(intlLocale[lang], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Budapest'
	}).format(new Date(iso));
}

/** Minutes and seconds of a duration, for the `teacher:duration` text. */
export function minutesSeconds(seconds: number): { m: number; s: number } {
	const whole = Math.max(0, Math.round(seconds));
	return { m: Math.floor(whole / 60), s: whole % 60 };
}

/** A share 0..1 as a whole percentage number, or null. */
export function percent(share: number | null): number | null {
	return share === null ? null : Math.round(share * 100);
}
