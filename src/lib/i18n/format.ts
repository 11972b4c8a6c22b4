import { intlLocale, type Lang } from './langs';

/**
 * Formats an ISO date (`2024-09-13`), month (`2024-07`) or year (`2024`) in the page's language:
 * `2024. szeptember 13.` / `13 September 2024`, `2024. július` / `July 2024`.
 */
export function formatDate(iso: string, lang: Lang, month: 'long' | 'short' = 'long'): string {
	const [year, monthPart, day] = iso.split('-').map(Number);
	if (!monthPart) return String(year);
	const date = new Date(Date.UTC(year, monthPart - 1, day || 1));
	const options: Intl.DateTimeFormatOptions = { year: 'numeric', month, timeZone: 'UTC' };
	if (day) options.day = 'numeric';
	return new Intl.DateTimeFormat(intlLocale[lang], options).format(date);
}

/** Formats a number per language: `9,4` and `13 000` in Hungarian, `9.4` and `13,000` in English. */
export function formatNumber(
	value: number,
	lang: Lang,
	options?: Intl.NumberFormatOptions
): string {
	return new Intl.NumberFormat(intlLocale[lang], options).format(value);
}
