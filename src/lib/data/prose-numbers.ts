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
