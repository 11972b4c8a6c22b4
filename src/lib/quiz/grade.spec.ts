import { describe, expect, it } from 'vitest';
import {
	makeMatch,
	makeMulti,
	makeNumeric,
	makeOneOfEach,
	makeOrder,
	makeSingle,
	makeTable,
	makeText,
	makeTrueFalse
} from '$lib/testing/quiz';
import { AnswerMismatchError } from './errors';
import { grade, totalScore } from './grade';
import { answerKey } from './question';
import type { Answer } from './types';

function mismatch(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(AnswerMismatchError);
		return (e as AnswerMismatchError).code;
	}
	throw new Error('expected AnswerMismatchError');
}

describe('grade: every type', () => {
	it.each(makeOneOfEach())('gives full marks for the key of $type', (q) => {
		const r = grade(q, answerKey(q, 'hu'));
		expect(r).toMatchObject({ questionId: q.id, score: 1, max: 1, correct: true });
		expect(r.feedback[0]).toBe('correct');
		expect(grade(q, answerKey(q, 'en')).score).toBe(1);
	});
	it.each(makeOneOfEach())('treats a skipped $type as unanswered', (q) => {
		expect(grade(q, null)).toEqual({
			questionId: q.id,
			score: 0,
			max: 1,
			correct: false,
			parts: {},
			feedback: ['unanswered']
		});
		expect(grade(q, undefined).feedback).toEqual(['unanswered']);
	});
	it.each(makeOneOfEach())('rejects an answer of another type for $type', (q) => {
		const other: Answer =
			q.type === 'truefalse' ? { type: 'single', choice: 'a' } : { type: 'truefalse', value: true };
		expect(mismatch(() => grade(q, other))).toBe('type_mismatch');
	});
	it('rejects values that are not answers at all', () => {
		const q = makeSingle();
		for (const bad of [1, 'b', [], { choice: 'b' }, { type: 5 }])
			expect(mismatch(() => grade(q, bad as unknown as Answer))).toBe('wrong_shape');
	});
});

describe('grade: single choice and table', () => {
	it('scores the wrong option 0 and marks both the chosen and the correct option wrong', () => {
		const r = grade(makeSingle(), { type: 'single', choice: 'a' });
		expect(r.score).toBe(0);
		expect(r.feedback).toEqual(['incorrect']);
		expect(r.parts).toEqual({ a: false, b: false, c: true });
	});
	it('rejects an unknown option id', () => {
		expect(mismatch(() => grade(makeSingle(), { type: 'single', choice: 'zz' }))).toBe(
			'unknown_option'
		);
		expect(mismatch(() => grade(makeTable(), { type: 'table', choice: 'zz' }))).toBe(
			'unknown_option'
		);
	});
	it('grades a table question like a single choice', () => {
		expect(grade(makeTable(), { type: 'table', choice: 'b' }).score).toBe(0);
	});
});

describe('grade: true/false', () => {
	it('scores the wrong value 0', () => {
		expect(grade(makeTrueFalse(), { type: 'truefalse', value: false }).score).toBe(0);
		expect(grade(makeTrueFalse({ key: false }), { type: 'truefalse', value: false }).score).toBe(1);
	});
	it('rejects a string "true"', () => {
		const bad = { type: 'truefalse', value: 'true' } as unknown as Answer;
		expect(mismatch(() => grade(makeTrueFalse(), bad))).toBe('wrong_shape');
	});
});

describe('grade: multiple select', () => {
	const q = makeMulti(); // a, c correct out of a, b, c, d
	const g = (...choices: string[]) => grade(q, { type: 'multi', choices });
	it('gives partial credit for some of the correct options', () => {
		expect(g('a')).toMatchObject({ score: 0.5, feedback: ['partial', 'multi_missed'] });
	});
	it('gives no credit for choosing everything', () => {
		expect(g('a', 'b', 'c', 'd')).toMatchObject({
			score: 0,
			feedback: ['incorrect', 'multi_extra']
		});
	});
	it('takes off for wrong choices but never below zero', () => {
		expect(g('a', 'c', 'b').score).toBe(0.5);
		expect(g('b', 'd').score).toBe(0);
	});
	it('treats no choice as unanswered', () => {
		expect(g().feedback).toEqual(['unanswered']);
	});
	it('marks each option', () => {
		expect(g('a', 'b').parts).toEqual({ a: true, b: false, c: false, d: true });
	});
	it('rejects duplicates and unknown ids', () => {
		expect(mismatch(() => g('a', 'a'))).toBe('duplicate_option');
		expect(mismatch(() => g('a', 'x'))).toBe('unknown_option');
	});
	it('gives fractional credit with an uneven key, rounded to two decimals', () => {
		const three = makeMulti({ key: ['a', 'b', 'c'] });
		expect(grade(three, { type: 'multi', choices: ['a'] }).score).toBe(0.33);
	});
});

describe('grade: order', () => {
	const q = makeOrder(); // w x y z
	const g = (...sequence: string[]) => grade(q, { type: 'order', sequence });
	it('gives 2/3 for one adjacent swap among four', () => {
		const r = g('w', 'y', 'x', 'z');
		expect(r.score).toBe(0.67);
		expect(r.feedback).toEqual(['partial', 'order_misplaced']);
		expect(r.parts).toEqual({ w: true, y: false, x: false, z: true });
	});
	it('gives nothing for the reversed order', () => {
		expect(g('z', 'y', 'x', 'w').score).toBe(0);
	});
	it('rejects a partial, duplicated or foreign sequence', () => {
		expect(mismatch(() => g('w', 'x', 'y'))).toBe('incomplete');
		expect(mismatch(() => g('w', 'w', 'y', 'z'))).toBe('duplicate_option');
		expect(mismatch(() => g('w', 'x', 'y', 'q'))).toBe('unknown_option');
	});
});

describe('grade: match', () => {
	const q = makeMatch();
	const g = (pairs: Record<string, string>) => grade(q, { type: 'match', pairs });
	it('gives credit per correct pair', () => {
		const r = g({ l1: 'r1', l2: 'r3', l3: 'r2' });
		expect(r.score).toBe(0.33);
		expect(r.parts).toEqual({ l1: true, l2: false, l3: false });
		expect(r.feedback).toEqual(['partial', 'match_wrong']);
	});
	it('counts unmatched items as wrong and says so', () => {
		expect(g({ l1: 'r1', l2: 'r2' })).toMatchObject({
			score: 0.67,
			feedback: ['partial', 'match_missing']
		});
	});
	it('allows one right item chosen twice, but only one can be right', () => {
		expect(g({ l1: 'r1', l2: 'r1', l3: 'r3' }).score).toBe(0.67);
	});
	it('treats no pairs as unanswered', () => {
		expect(g({}).feedback).toEqual(['unanswered']);
	});
	it('rejects unknown ids on either side', () => {
		expect(mismatch(() => g({ l9: 'r1' }))).toBe('unknown_option');
		expect(mismatch(() => g({ l1: 'r9' }))).toBe('unknown_option');
	});
});

describe('grade: numeric', () => {
	const q = makeNumeric({ key: { value: 100, tolerance: 5 } });
	const g = (value: number) => grade(q, { type: 'numeric', value });
	it('accepts within the tolerance, inclusive', () => {
		expect(g(95).score).toBe(1);
		expect(g(105).score).toBe(1);
	});
	it('says too low or too high, and close when near', () => {
		expect(g(94).feedback).toEqual(['incorrect', 'numeric_close', 'numeric_too_low']);
		expect(g(200).feedback).toEqual(['incorrect', 'numeric_too_high']);
	});
	it('rejects NaN, Infinity and numeric strings', () => {
		expect(mismatch(() => g(Number.NaN))).toBe('wrong_shape');
		expect(mismatch(() => g(Infinity))).toBe('wrong_shape');
		expect(mismatch(() => grade(q, { type: 'numeric', value: '100' } as unknown as Answer))).toBe(
			'wrong_shape'
		);
	});
});

describe('grade: typed text', () => {
	const q = makeText(); // hu display asks for English, en display asks for Hungarian
	const g = (text: string, lang: 'hu' | 'en') => grade(q, { type: 'text', text, lang });
	it('ignores case, spaces and punctuation', () => {
		expect(g('  security   COUNCIL. ', 'hu').score).toBe(1);
		expect(g('biztonsági tanács', 'en').score).toBe(1);
	});
	it('ignores accents in English', () => {
		expect(g('Sécurity Cöuncil', 'hu').score).toBe(1);
	});
	it('keeps Hungarian accents but names the near miss', () => {
		expect(g('Biztonsagi Tanacs', 'en')).toMatchObject({
			score: 0,
			feedback: ['incorrect', 'text_accents']
		});
	});
	it('recognises an answer in the other language', () => {
		expect(g('Security Council', 'en').feedback).toEqual(['incorrect', 'text_other_language']);
	});
	it('treats blank text as unanswered', () => {
		expect(g('   ', 'hu').feedback).toEqual(['unanswered']);
	});
	it('rejects an unknown language or an overlong text', () => {
		expect(
			mismatch(() => grade(q, { type: 'text', text: 'x', lang: 'de' } as unknown as Answer))
		).toBe('wrong_shape');
		expect(mismatch(() => g('x'.repeat(201), 'hu'))).toBe('wrong_shape');
	});
});

describe('totalScore', () => {
	it('adds scores and maxima', () => {
		const qs = makeOneOfEach();
		const results = qs.map((q, i) => grade(q, i % 2 === 0 ? answerKey(q) : null));
		expect(totalScore(results)).toEqual({ score: 4, max: 8 });
	});
});
