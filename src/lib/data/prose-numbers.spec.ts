import { describe, expect, it } from 'vitest';
import { chartFacts, chartModels } from '$lib/charts/models';
import { citedFacts, parseRich, plainText } from '$lib/content/rich-text';
import { sections } from '$lib/content/sections';
import { langs } from '$lib/i18n/langs';
import { requireFact } from './cited';
import { factNumbers, numbersIn, shownFigureProblem, unbackedNumbers } from './prose-numbers';
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

describe('estimates in the explainer show their fact’s figure and hedge', () => {
	it('every [[e:…]] marker gives its fact’s value and the source’s own hedge', () => {
		let checked = 0;
		for (const p of sections.flatMap((s) => s.paragraphs))
			for (const lang of langs)
				for (const token of parseRich(p.text[lang])) {
					if (token.kind !== 'estimate') continue;
					checked += 1;
					expect(shownFigureProblem(token.text, lang, requireFact(token.id)), p.id).toBeNull();
				}
		expect(checked).toBeGreaterThan(5);
	});
	it('fails a marker that drops the hedge or changes the figure', () => {
		const fact = requireFact('se-shells-rok-2024-09');
		expect(shownFigureProblem('up to 9.4 million', 'en', fact)).toBeNull();
		expect(shownFigureProblem('legfeljebb 9,4 millió', 'hu', fact)).toBeNull();
		expect(shownFigureProblem('9.4 million', 'en', fact)).toMatch(/hedge/);
		expect(shownFigureProblem('up to 9.5 million', 'en', fact)).toMatch(/figure/);
		expect(shownFigureProblem('1,000 deminers', 'en', requireFact('ev-2025-06-17-shoigu-pyongyang'))).toBeNull();
		expect(shownFigureProblem('2,000 deminers', 'en', requireFact('ev-2025-06-17-shoigu-pyongyang'))).toMatch(/carry/);
	});
});
