import { describe, expect, it } from 'vitest';
import { analyseItems, type AnalysedAttempt } from './item-analysis';

const attempt = (lang: 'hu' | 'en', q1: [boolean, string | null]): AnalysedAttempt => ({
	lang,
	responses: { q1: { correct: q1[0], answerKey: q1[1] } }
});

describe('item analysis', () => {
	it('counts takers, answers, the share correct and the most chosen wrong answer', () => {
		const [stats] = analyseItems(
			['q1'],
			[
				attempt('hu', [true, 'b']),
				attempt('hu', [false, 'a']),
				attempt('en', [false, 'c']),
				attempt('en', [false, 'c']),
				attempt('en', [false, null])
			]
		);
		expect(stats).toMatchObject({ takers: 5, answered: 4, correct: 1, share: 0.2 });
		expect(stats.topWrong).toEqual({ answerKey: 'c', count: 2 });
		expect(stats.byLang).toEqual({ hu: { takers: 2, share: 0.5 }, en: { takers: 3, share: 0 } });
		expect(stats.langGap).toBe(false);
	});

	it('flags a sharp difference between Hungarian and English takers only with enough of each', () => {
		const many = (lang: 'hu' | 'en', right: number, wrong: number) => [
			...Array.from({ length: right }, () => attempt(lang, [true, 'b'])),
			...Array.from({ length: wrong }, () => attempt(lang, [false, 'a']))
		];
		const rule = { minPerLang: 5, minDifference: 0.3 };
		const gap = analyseItems(['q1'], [...many('hu', 5, 0), ...many('en', 2, 3)], rule);
		expect(gap[0].langGap).toBe(true);
		const small = analyseItems(['q1'], [...many('hu', 5, 0), ...many('en', 0, 4)], rule);
		expect(small[0].langGap).toBe(false);
		const close = analyseItems(['q1'], [...many('hu', 4, 1), ...many('en', 3, 2)], rule);
		expect(close[0].langGap).toBe(false);
	});

	it('reports nothing for a question no one saw', () => {
		const [stats] = analyseItems(['q2'], [attempt('hu', [true, 'b'])]);
		expect(stats).toMatchObject({ takers: 0, share: null, topWrong: null, langGap: false });
	});
});
