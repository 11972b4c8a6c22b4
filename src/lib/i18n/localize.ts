import { langs, type Lang } from './langs';

/** Content with every `{ hu, en }` text replaced by the text in one language. */
export type Localized<T> =
	T extends Record<Lang, string>
		? string
		: T extends readonly (infer U)[]
			? Localized<U>[]
			: T extends object
				? { [K in keyof T]: Localized<T[K]> }
				: T;

function isText(value: object): value is Record<Lang, string> {
	const keys = Object.keys(value);
	return (
		keys.length === langs.length &&
		langs.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string')
	);
}

/**
 * Bilingual content cut to one language, for a server load: a page that shows one language
 * sends the reader half the text (the other half is one request away, on a language switch).
 */
export function localize<T>(value: T, lang: Lang): Localized<T> {
	if (Array.isArray(value)) return value.map((item) => localize(item, lang)) as Localized<T>;
	if (value && typeof value === 'object') {
		if (isText(value)) return value[lang] as Localized<T>;
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, localize(item, lang)])
		) as Localized<T>;
	}
	return value as Localized<T>;
}
