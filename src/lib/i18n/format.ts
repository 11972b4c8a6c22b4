import { intlLocale, type Lang } from './langs';

// Each Intl formatter holds tens of kilobytes of ICU memory outside the JavaScript heap, which the
// garbage collector does not see: a page that made one per date made 164 per explainer render,
// and 500 renders at once took the server to 2 GB. The few option sets in use are made once.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** A shared Intl.DateTimeFormat for a locale and options (formatters are immutable). */
export function dateTimeFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const key = `d ${locale} ${JSON.stringify(options)}`;
	let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
	if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

/** A shared Intl.NumberFormat for a locale and options. */
export function numberFormat(
	locale: string,
	options: Intl.NumberFormatOptions = {}
): Intl.NumberFormat {
	const key = `n ${locale} ${JSON.stringify(options)}`;
	let format = formatters.get(key) as Intl.NumberFormat | undefined;
	if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
	return format;
}

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
	return dateTimeFormat(intlLocale[lang], options).format(date);
}

/** Formats a number per language: `9,4` and `13 000` in Hungarian, `9.4` and `13,000` in English. */
export function formatNumber(
	value: number,
	lang: Lang,
	options?: Intl.NumberFormatOptions
): string {
	return numberFormat(intlLocale[lang], options).format(value);
}
