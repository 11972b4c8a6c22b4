import { getContext, setContext } from 'svelte';
import type { TFunction } from 'i18next';
import type { Lang } from './langs';

/** What every component needs to speak the page's language. Read it through getters: it changes on a language switch. */
export interface I18n {
	readonly lang: Lang;
	readonly t: TFunction;
}

const key = Symbol('i18n');

export function setI18n(i18n: I18n): void {
	setContext(key, i18n);
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(key);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
