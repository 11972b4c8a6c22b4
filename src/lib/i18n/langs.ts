/** The two languages of the lesson; the first is the default. */
export const langs = ['hu', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'hu';

/** BCP 47 locale used with `Intl` for each language (British English, see LANGUAGE.md). */
export const intlLocale: Record<Lang, string> = { hu: 'hu-HU', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (langs as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
	return lang === 'hu' ? 'en' : 'hu';
}

/** The same path in another language: `/hu/explainer` -> `/en/explainer`. */
export function swapLangInPath(pathname: string, to: Lang): string {
	const rest = pathname.replace(/^\/(hu|en)(?=\/|$)/, '');
	return `/${to}${rest === '/' ? '' : rest}`;
}

/** Cookie that remembers the reader's language for `/`. */
export const langCookie = 'lang';
