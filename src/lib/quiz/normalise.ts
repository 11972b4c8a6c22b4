import type { Lang } from '$lib/i18n/langs';

/**
 * Normalisation of typed answers, by the language the answer is written in.
 *
 * Both languages: case, surrounding and repeated spaces, and punctuation that people type or leave
 * out freely (hyphens, dots, apostrophes, quotes, commas) do not matter: "kim jong-un" = "Kim Jong Un".
 *
 * English: all accents are ignored ("Pyŏngyang" = "Pyongyang"), because English spelling has none
 * that change a word.
 *
 * Hungarian: accents are part of the spelling and often change the word (kar/kár, tör/tőr, szel/szél),
 * so they are kept. Only the look-alike letters that non-Hungarian keyboards and old encodings
 * produce instead of ő and ű (õ, ô, û) are folded to ő and ű, because no Hungarian word contains
 * them. An answer that is right except for its accents is reported as a near miss (`text_accents`)
 * so the learner sees the correct spelling, but earns no credit.
 */
export function normaliseAnswer(text: string, lang: Lang): string {
	let s = text.normalize('NFC').toLocaleLowerCase(lang === 'hu' ? 'hu-HU' : 'en-GB');
	if (lang === 'hu') s = s.replace(/[õô]/g, 'ő').replace(/û/g, 'ű');
	else s = stripAccents(s);
	return s
		.replace(/[-‐‑‒–—_.,'’‘"“”„«»!?;:()]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Removes every combining accent: "Biztonsági" -> "Biztonsagi". */
export function stripAccents(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

export type TextMatch = 'exact' | 'accents' | 'none';

interface Accepted {
	exact: Set<string>;
	loose: Set<string>;
}

/** The accepted variants, normalised once per list: a class submission grades every typed answer. */
const acceptedCache: Record<Lang, WeakMap<readonly string[], Accepted>> = {
	hu: new WeakMap(),
	en: new WeakMap()
};

function acceptedVariants(variants: readonly string[], lang: Lang): Accepted {
	let accepted = acceptedCache[lang].get(variants);
	if (!accepted) {
		const exact = new Set(variants.map((v) => normaliseAnswer(v, lang)));
		accepted = { exact, loose: new Set([...exact].map(stripAccents)) };
		acceptedCache[lang].set(variants, accepted);
	}
	return accepted;
}

/**
 * How a typed answer compares with the accepted variants written in `lang`. The list is taken as
 * it is (the question bank's own, which is not changed after loading).
 */
export function matchText(answer: string, variants: readonly string[], lang: Lang): TextMatch {
	const typed = normaliseAnswer(answer, lang);
	if (typed === '') return 'none';
	const accepted = acceptedVariants(variants, lang);
	if (accepted.exact.has(typed)) return 'exact';
	return accepted.loose.has(stripAccents(typed)) ? 'accents' : 'none';
}

/**
 * Reads a typed number the way people write it in each language. Spaces never matter (`20 000`).
 * English: `20,000` and `9.4`. Hungarian: `9,4` (decimal comma) and `20.000`; a dot with one or
 * two digits after it is read as a decimal point too, because many keyboards type one.
 * Returns null for anything that is not a plain number.
 */
export function parseTypedNumber(text: string, lang: Lang): number | null {
	let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
	if (lang === 'en') s = s.replace(/,(?=\d{3}(?!\d))/g, '');
	else s = s.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.');
	return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}
