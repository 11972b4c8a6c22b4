import type { Lang } from '$lib/i18n/langs';

// Month stems: Hungarian months take suffixes (szeptemberében, júniusi), English ones are capitalised.
const months: Record<Lang, RegExp[]> = {
	hu: [
		/^január/i,
		/^február/i,
		/^március/i,
		/^április/i,
		/^május/i,
		/^június/i,
		/^július/i,
		/^augusztus/i,
		/^szeptember/i,
		/^október/i,
		/^november/i,
		/^december/i
	],
	en: [
		/^January/,
		/^February/,
		/^March/,
		/^April/,
		/^May$/,
		/^June/,
		/^July/,
		/^August/,
		/^September/,
		/^October/,
		/^November/,
		/^December/
	]
};

const numberPattern: Record<Lang, RegExp> = {
	// 13 000 (space or no-break space between groups), 9,4, 12 500,5; a comma after a number ends it
	hu: /\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?/g,
	// 13,000 and 9.4
	en: /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/g
};

/** The standards the pages name with their version; the version is no figure to compare. */
const standardVersion = /\b(LTI|QTI|WCAG) \d+(?:\.\d+)+/g;

/**
 * The figures and months a text states, as a sorted list that both languages must share:
 * `9,4 millió` and `9.4 million` are both `9.4`, `13 000` and `13,000` are `13000`, `szeptemberében`
 * and `September` are both `month 9`. Written-out numbers (három, three) are left to the reader.
 */
export function figures(text: string, lang: Lang): string[] {
	const out: string[] = [];
	// Hungarian writes thousands as a word too: `11–12 ezer`, `13 és 15 ezer` are 11000, 12000…
	if (lang === 'hu')
		text = text.replace(
			/(\d+)(?:(–| és )(\d+))? ezer/g,
			(_, a: string, sep?: string, b?: string) => (b ? `${a}000${sep}${b}000` : `${a}000`)
		);
	// A standard's version is part of its name, written alike in both languages (LTI 1.3, QTI 3.0).
	text = text.replace(standardVersion, '$1');
	// A decimal point between digits in Hungarian is an ordinal or date dot (2024. 09.), not a decimal.
	for (const match of text.matchAll(numberPattern[lang])) {
		const raw = match[0].replace(/[\u00a0\u202f ]/g, '');
		const value = lang === 'hu' ? raw.replace(',', '.') : raw.replace(/,/g, '');
		out.push(String(Number(value)));
	}
	for (const word of text.split(/[^\p{L}]+/u)) {
		const m = months[lang].findIndex((re) => re.test(word));
		// Months count once: `13 September and 16 September` is `szeptember 13-án, 16-án`.
		if (m >= 0 && !out.includes(`month ${m + 1}`)) out.push(`month ${m + 1}`);
	}
	return out.sort();
}
