import type { Lang } from '$lib/i18n/langs';
import type { GlossaryTerm } from './glossary';

/** Lower case without accents, so "hadugy" finds "hadügyminiszter" and "Sojgu" finds "sojgu". */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

/** The longest search kept: a query is a word or two, never a page of text. */
export const maxQueryLength = 60;

/** The search as typed or sent (`?q=`), trimmed and cut to a sensible length. */
export function cleanQuery(raw: string | null | undefined): string {
	return (raw ?? '').trim().slice(0, maxQueryLength);
}

/**
 * The terms that match a search: the word in either language, or its definition in the reader's.
 * Every word of the query must occur (in any order); an empty query matches every term.
 */
export function searchGlossary(terms: GlossaryTerm[], query: string, lang: Lang): GlossaryTerm[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return terms;
	return terms.filter((t) => {
		const haystack = fold(`${t.term.hu} ${t.term.en} ${t.definition[lang]}`);
		return words.every((w) => haystack.includes(w));
	});
}
