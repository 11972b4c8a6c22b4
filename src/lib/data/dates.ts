import { dateTimeFormat, formatDate } from '$lib/i18n/format';
import { intlLocale, type Lang } from '$lib/i18n/langs';

const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
};

/**
 * An event's date or date span in the reader's language: `2023. július 25–27.` and
 * `25–27 July 2023`; month-only dates stay months (`2023. augusztus`).
 */
export function formatEventDate(date: string, end: string | undefined, lang: Lang): string {
	if (!end || date.length < 10 || end.length < 10) return formatDate(date, lang);
	const format = dateTimeFormat(intlLocale[lang], {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	});
	// Between two day numbers an en dash without spaces, as in print (`25–27 July`).
	return format
		.formatRange(utc(date), utc(end))
		.replace(/\s+–\s+/, ' – ')
		.replace(/(\d) – (\d)/, '$1–$2');
}
