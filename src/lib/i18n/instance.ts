import i18next, { type Resource, type TFunction } from 'i18next';
import type { Lang } from './langs';

/** One language's namespaces, as loaded from `locales/<lang>/<namespace>.json`. */
export type LangResources = Record<string, Record<string, unknown>>;

/** Wraps a missing key so that it is visible and a test can find it; never shows a bare key. */
export const missingKeyMark = (key: string) => `⟦${key}⟧`;

/**
 * A fresh i18next instance for one language. The server makes one per request (never a
 * shared singleton, which would leak one reader's language into another's page).
 */
export function createI18n(lang: Lang, resources: LangResources): TFunction {
	const instance = i18next.createInstance();
	instance.init({
		lng: lang,
		fallbackLng: false,
		resources: { [lang]: resources } as Resource,
		ns: Object.keys(resources),
		defaultNS: 'common',
		initAsync: false,
		returnNull: false,
		// Svelte escapes every interpolated value itself.
		interpolation: { escapeValue: false },
		parseMissingKeyHandler: missingKeyMark
	});
	return instance.t;
}
