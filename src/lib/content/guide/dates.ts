import { dateTimeFormat, formatDate } from '$lib/i18n/format';
import { intlLocale, type Lang } from '$lib/i18n/langs';

const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
};

/**
 * A date or a span of days in the page's language: `2023. július 25–27.` / `25–27 July 2023`.
 * Spans use Intl's range formatting, which leaves out the repeated month and year itself.
 */
export function formatSpan(from: string, until: string | undefined, lang: Lang): string {
	if (!until) return formatDate(from, lang);
	const format = dateTimeFormat(intlLocale[lang], {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	});
	// ICU puts thin spaces round the dash, also between two days ("25 – 27 July"); house style
	// closes up a span of days and uses plain spaces elsewhere.
	return format
		.formatRange(utc(from), utc(until))
		.replace(/(\d)\s+–\s+(\d)/u, '$1–$2')
		.replace(/\s+–\s+/u, ' – ');
}
