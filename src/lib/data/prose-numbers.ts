import { qualifierFromUnit } from '$lib/charts/format';
import type { Fact } from './schema';

/**
 * The numbers a text states, as plain values: `9,4` and `9.4` → 9.4, `20 000` and `20,000` →
 * 20000, `2024. szeptember 13.` → 2024 and 13, `$1.7–5.5 billion` → 1.7 and 5.5. Hungarian
 * groups thousands with a (narrow or no-break) space and writes a decimal comma; English groups
 * with a comma and writes a decimal point.
 */
export function numbersIn(text: string, lang: 'hu' | 'en'): number[] {
	const found: number[] = [];
	const pattern =
		lang === 'hu' ? /\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:,\d+)?/g : /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/g;
	for (const match of text.matchAll(pattern)) {
		const raw = match[0];
		const plain = lang === 'hu' ? raw.replace(/[\u00a0\u202f ]/g, '').replace(',', '.') : raw.replace(/,/g, '');
		const after = text.slice((match.index ?? 0) + raw.length);
		// Hungarian writes round thousands as words: `15 ezer`, `11–12 ezerre`.
		const thousands = lang === 'hu' && /^(?:–\d+)?\s?ezr?e?/.test(after) && !/^\s?ezred/.test(after);
		found.push(thousands ? Number(plain) * 1000 : Number(plain));
	}
	return found;
}

/** Every number a fact carries: its value and range, the parts of its dates, and the numbers in its texts. */
export function factNumbers(fact: Fact): Set<number> {
	const out = new Set<number>();
	const add = (n: number | null | undefined) => {
		if (typeof n === 'number') out.add(n);
	};
	const dates = [fact.kind === 'event' ? fact.date : fact.date, fact.kind === 'event' ? fact.date_end : undefined];
	for (const date of dates) if (date) for (const part of date.split('-')) add(Number(part));
	if (fact.kind !== 'event') add(fact.year);
	if (fact.kind === 'series') {
		add(fact.value);
		fact.value_range?.forEach(add);
	}
	const texts = [fact.label_en, fact.note_en, fact.kind === 'series' ? fact.unit : ''];
	if (fact.kind === 'event') texts.push(fact.people, fact.place);
	for (const text of texts) numbersIn(text, 'en').forEach(add);
	return out;
}

/** The numbers of a text that none of the given facts carries (empty when every number is backed). */
export function unbackedNumbers(text: string, lang: 'hu' | 'en', facts: readonly Fact[], allowed: readonly number[] = []): number[] {
	const backed = new Set<number>(allowed);
	for (const fact of facts) for (const n of factNumbers(fact)) backed.add(n);
	return numbersIn(text, lang).filter((n) => !backed.has(n));
}

/** The words each language uses for a source's hedge, by the kind of bound it sets. */
const hedgeWords: Record<'lower' | 'about' | 'up_to', Record<'hu' | 'en', string[]>> = {
	lower: { hu: ['legalább', 'több mint'], en: ['at least', 'more than', 'over'] },
	about: { hu: ['kb.', 'mintegy', 'körülbelül', 'nagyjából'], en: ['about', 'around', 'some'] },
	up_to: { hu: ['legfeljebb', 'akár'], en: ['up to'] }
};

/**
 * Why the figure an `[[e:fact-id|shown]]` marker shows is not its fact's, or null when it is: a data
 * point's marker gives the point's own value with the source's own hedge ("up to", "about"…), or
 * other numbers the fact carries (a figure of its note); any other fact's marker shows only numbers
 * the fact carries. The explainer's and the quiz explanations' markers are checked by this one rule.
 */
export function shownFigureProblem(shown: string, lang: 'hu' | 'en', fact: Fact): string | null {
	const numbers = numbersIn(shown, lang);
	const carried = factNumbers(fact);
	const where = `${fact.id} ${lang}: “${shown}”`;
	if (fact.kind !== 'series' || fact.value === null) {
		const foreign = numbers.filter((n) => !carried.has(n));
		return foreign.length ? `${where} shows ${foreign.join(', ')}, which the fact does not carry` : null;
	}
	const value = fact.value;
	if (!numbers.some((n) => n === value || n * 1e6 === value))
		return numbers.length > 0 && numbers.every((n) => carried.has(n))
			? null
			: `${where} does not show the fact’s figure (${value})`;
	const qualifier = qualifierFromUnit(fact.unit);
	const bound = qualifier === 'at_least' || qualifier === 'more_than' ? 'lower' : qualifier;
	if (bound && !hedgeWords[bound][lang].some((w) => shown.toLowerCase().includes(w)))
		return `${where} drops the source’s hedge (${hedgeWords[bound][lang].join(' / ')})`;
	return null;
}
