import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { makeMatch, makeOneOfEach, makeOrder, makeSingle, makeText } from '$lib/testing/quiz';
import { answerSchema, parseAnswer } from './answer-schema';
import { answerKey } from './question';

describe('answerSchema', () => {
	it.each(makeOneOfEach())('accepts the key of $type', (q) => {
		expect(parseAnswer(q, answerKey(q))).toEqual(answerKey(q));
	});
	it('drops unknown keys', () => {
		const q = makeSingle();
		expect(parseAnswer(q, { type: 'single', choice: 'a', score: 1 })).toEqual({
			type: 'single',
			choice: 'a'
		});
	});
	it('rejects another type, unknown ids and bad shapes with the problem code', () => {
		const q = makeSingle();
		const issue = (input: unknown) => {
			const r = v.safeParse(answerSchema(q), input);
			return r.success ? null : r.issues[0].message;
		};
		expect(issue({ type: 'single', choice: 'zz' })).toBe('unknown_option: zz');
		expect(issue({ type: 'multi', choices: ['a'] })).toBe('type_mismatch');
		expect(issue({ type: 'single' })).not.toBeNull();
		expect(issue('b')).not.toBeNull();
		expect(issue(null)).not.toBeNull();
	});
	it('rejects an incomplete order, a foreign match id and a wrong language', () => {
		expect(parseAnswer(makeOrder(), { type: 'order', sequence: ['w', 'x'] })).toBeNull();
		expect(parseAnswer(makeMatch(), { type: 'match', pairs: { l1: 'nope' } })).toBeNull();
		expect(parseAnswer(makeText(), { type: 'text', text: 'x', lang: 'fr' })).toBeNull();
	});
	it('rejects non-finite numbers', () => {
		const q = makeOneOfEach().find((x) => x.type === 'numeric')!;
		expect(parseAnswer(q, { type: 'numeric', value: Infinity })).toBeNull();
		expect(parseAnswer(q, { type: 'numeric', value: 24 })).toEqual({ type: 'numeric', value: 24 });
	});
});
