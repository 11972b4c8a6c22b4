import type { Lang } from '$lib/i18n/langs';

/**
 * Words and names a page in one language shows in the other one: the words quiz and the glossary
 * name each term in both languages, and the guide sets name forms side by side. Components mark
 * these with the other language's `lang` (see `inlineSegments`), and the spelling spec checks them
 * with the other language's dictionary. Reviewed by hand: add a phrase only where a text really
 * quotes the other language.
 */
export const otherLanguagePhrases: Record<Lang, readonly string[]> = {
	// English shown on Hungarian pages
	hu: [
		'UN Security Council',
		'the Security Council',
		'Security Council',
		'bilateral',
		'treaty',
		'ratification',
		'entry into force',
		'State Duma',
		'armistice',
		'artillery shell',
		'calibre',
		'estimate',
		'intelligence',
		'sanction',
		'defence minister',
		'minister of war',
		'interior minister',
		'chief of the General Staff',
		'Pyongyang',
		"P'yongyang",
		'Sergei Shoigu',
		'Shoigu',
		'Shoygu',
		'Kim Jong Un',
		'Kim Jong-un',
		'Kim Jongun',
		'Vostochny',
		'Vostochnyi',
		'Vostochniy',
		'Vladimir Putin',
		'Choe Son Hui',
		'Alexei Krivoruchko',
		'Andrei Belousov',
		'Sergei Lavrov',
		'13 September 2024',
		'9.4 million',
		'September 2024',
		'Who says so?',
		'English',
		'Read in English',
		'veto',
		'ch',
		'j'
	],
	// Hungarian shown on English pages
	en: [
		'ENSZ Biztonsági Tanácsa',
		'a Biztonsági Tanács',
		'Biztonsági Tanács',
		'kétoldalú',
		'Kétoldalú',
		'Phenjan',
		'Szergej Sojgu',
		'Sojgu',
		'Kim Dzsong-un',
		'Kim Dzsongun',
		'Vosztocsnij',
		'vétó',
		'nemzetközi szerződés',
		'ratifikálás',
		'hatálybalépés',
		'Állami Duma',
		'fegyverszünet',
		'tüzérségi lőszer',
		'Tüzérségi lőszer',
		'kaliber',
		'becslés',
		'hírszerzés',
		'szankció',
		'hadügyminiszter',
		'védelmi miniszter',
		'Vlagyimir Putyin',
		'Cshö Szon-hi',
		'Alekszej Krivorucsko',
		'Andrej Belouszov',
		'9,4 millió',
		'2024 szeptembere',
		'2024. szeptember 13.',
		'Ki állítja?',
		'Magyarul',
		'magyar',
		'dzs',
		'gy',
		'cs',
		'sz'
	]
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = Object.fromEntries(
	(Object.keys(otherLanguagePhrases) as Lang[]).map((lang) => {
		const phrases = [...otherLanguagePhrases[lang]].sort((a, b) => b.length - a.length);
		return [
			lang,
			new RegExp(
				`(?<![\\p{L}\\p{M}\\d-])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{M}\\d])`,
				'gu'
			)
		];
	})
) as Record<Lang, RegExp>;

/** A run of text and the language it is in. */
export interface Segment {
	text: string;
	lang: Lang;
}

/**
 * Splits a text shown on a page in `lang` into runs in the page's language and runs quoting the
 * other language, so that each can carry its own `lang` (and be spell-checked as such). A text that
 * is wholly one of the phrases (a words-quiz option such as `treaty`) is one foreign run.
 */
export function inlineSegments(text: string, lang: Lang): Segment[] {
	const other: Lang = lang === 'hu' ? 'en' : 'hu';
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(patterns[lang])) {
		const at = match.index ?? 0;
		if (at > last) out.push({ text: text.slice(last, at), lang });
		out.push({ text: match[0], lang: other });
		last = at + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), lang });
	return out;
}
