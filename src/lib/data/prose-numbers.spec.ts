import { describe, expect, it } from 'vitest';
import { chartFacts, chartModels } from '$lib/charts/models';
import { qualifierFromUnit } from '$lib/charts/format';
import { citedFacts, parseRich, plainText } from '$lib/content/rich-text';
import { sections } from '$lib/content/sections';
import { langs } from '$lib/i18n/langs';
import { requireFact } from './cited';
import { factNumbers, numbersIn, unbackedNumbers } from './prose-numbers';
import { timeline } from './timeline';

describe('numbersIn', () => {
	it('reads each language’s way of writing numbers', () => {
		expect(numbersIn('kb. 20\u00a0000 konténer, legfeljebb 9,4 millió, 2024. szeptember 13.', 'hu')).toEqual([
			20000, 9.4, 2024, 13
		]);
		expect(numbersIn('about 20,000 containers, up to 9.4 million, 13 September 2024', 'en')).toEqual([
			20000, 9.4, 13, 2024
		]);
		expect(numbersIn('11–12 ezerre, majd 15 ezer; az 528. műszaki ezred', 'hu')).toEqual([
			11000, 12000, 15000, 528
		]);
	});
	it('collects a fact’s value, range, date parts and the numbers of its texts', () => {
		const numbers = factNumbers(requireFact('se-troops-2024-11-04'));
		for (const n of [2024, 11, 4]) expect(numbers.has(n), String(n)).toBe(true);
	});
	it('reports a number no fact carries, and one that contradicts the fact', () => {
		const fact = requireFact('se-visits-2025');
		expect(unbackedNumbers(`in 2025 there were ${fact.kind === 'series' ? fact.value : 0}`, 'en', [fact])).toEqual([]);
		expect(unbackedNumbers('in 2025 there were 10', 'en', [fact])).toEqual([10]);
	});
});

// Every number written in the lesson's prose must be carried by a fact the text cites: a changed
// figure in one place and not in its fact, or a figure with no fact behind it, fails here.
describe('numbers in prose have a fact behind them', () => {
	it('in every explainer paragraph, among the facts it cites', () => {
		for (const p of sections.flatMap((s) => s.paragraphs)) {
			const facts = [...new Set([...citedFacts(p.text.hu), ...citedFacts(p.text.en)])].map(requireFact);
			for (const lang of langs)
				expect(unbackedNumbers(plainText(p.text[lang]), lang, facts), `${p.id} ${lang}`).toEqual([]);
		}
	});
	it('in every timeline title and note, among the event and the facts it names', () => {
		for (const item of timeline) {
			const facts = [item.fact, ...(item.related ?? []).map(requireFact)];
			for (const lang of langs) {
				const text = `${item.text[lang].title} ${item.text[lang].note}`;
				expect(unbackedNumbers(text, lang, facts), `${item.id} ${lang}`).toEqual([]);
			}
		}
	});
	it('in every chart takeaway and note, among the chart’s points and the events its note names', () => {
		for (const model of chartModels)
			for (const lang of langs) {
				const text = `${model.takeaway[lang]} ${model.note[lang]}`;
				expect(unbackedNumbers(text, lang, chartFacts(model)), `${model.id} ${lang}`).toEqual([]);
			}
	});
});

/** The words each language uses for a source's hedge, by the kind of bound it sets. */
const hedgeWords: Record<string, Record<'hu' | 'en', string[]>> = {
	lower: { hu: ['legalább', 'több mint'], en: ['at least', 'more than', 'over'] },
	about: { hu: ['kb.', 'mintegy', 'körülbelül', 'nagyjából'], en: ['about', 'around', 'some'] },
	up_to: { hu: ['legfeljebb', 'akár'], en: ['up to'] }
};
const bound = (q: string | undefined) =>
	q === 'at_least' || q === 'more_than' ? 'lower' : q;

describe('estimates in the explainer show their fact’s figure and hedge', () => {
	it('every [[e:…]] marker on a data point gives its value and the source’s own hedge', () => {
		let checked = 0;
		for (const p of sections.flatMap((s) => s.paragraphs))
			for (const lang of langs)
				for (const token of parseRich(p.text[lang])) {
					if (token.kind !== 'estimate') continue;
					const fact = requireFact(token.id);
					if (fact.kind !== 'series' || fact.value === null) continue;
					checked += 1;
					const where = `${p.id} ${lang} ${token.id}: “${token.text}”`;
					const numbers = numbersIn(token.text, lang);
					const value = fact.value;
					// A marker shows the point's own figure (with its hedge) or another figure of its note.
					if (!numbers.some((n) => n === value || n * 1e6 === value)) {
						const carried = factNumbers(fact);
						expect(numbers.length > 0 && numbers.every((n) => carried.has(n)), where).toBe(true);
						continue;
					}
					const kind = bound(qualifierFromUnit(fact.unit));
					if (kind) {
						const words = hedgeWords[kind][lang];
						expect(words.some((w) => token.text.includes(w)), where).toBe(true);
					}
				}
		expect(checked).toBeGreaterThan(5);
	});
});
