import { describe, expect, it } from 'vitest';
import { choiceMark, pairMarks, picks, placeMarks } from './marks';
import type { Answer } from './types';

describe('choice marks', () => {
	it('reads a pick from every kind of choice answer', () => {
		expect(picks({ type: 'single', choice: 'a' }, 'a')).toBe(true);
		expect(picks({ type: 'table', choice: 'a' }, 'b')).toBe(false);
		expect(picks({ type: 'multi', choices: ['a', 'c'] }, 'c')).toBe(true);
		expect(picks({ type: 'truefalse', value: false }, 'false')).toBe(true);
		expect(picks({ type: 'truefalse', value: false }, 'true')).toBe(false);
		expect(picks({ type: 'order', sequence: ['a'] }, 'a')).toBe(false);
		expect(picks(null, 'a')).toBe(false);
	});

	it('marks chosen options right or wrong and a right one left alone as missed', () => {
		const answer: Answer = { type: 'multi', choices: ['a', 'b'] };
		const key: Answer = { type: 'multi', choices: ['a', 'c'] };
		expect(['a', 'b', 'c', 'd'].map((id) => choiceMark(answer, key, id))).toEqual([
			'right',
			'wrong',
			'missed',
			null
		]);
	});

	it('marks nothing before the key is revealed', () => {
		expect(choiceMark({ type: 'single', choice: 'a' }, null, 'a')).toBeNull();
	});
});

describe('pair marks', () => {
	const key: Answer = { type: 'match', pairs: { x: '1', y: '2', z: '3' } };

	it('marks each item right, wrong or unmatched, with the partner the key names', () => {
		expect(pairMarks({ type: 'match', pairs: { x: '1', y: '3' } }, key)).toEqual({
			x: { mark: 'right', partner: '1' },
			y: { mark: 'wrong', partner: '2' },
			z: { mark: 'none', partner: '3' }
		});
	});

	it('marks every item unmatched for no answer, and nothing before the key is revealed', () => {
		expect(Object.values(pairMarks(null, key) ?? {}).map((m) => m.mark)).toEqual([
			'none',
			'none',
			'none'
		]);
		expect(pairMarks({ type: 'match', pairs: { x: '1' } }, null)).toBeNull();
		expect(pairMarks(null, { type: 'single', choice: 'a' })).toBeNull();
	});
});

describe('place marks', () => {
	const key: Answer = { type: 'order', sequence: ['a', 'b', 'c'] };

	it('marks each row in or out of place and says where it belongs', () => {
		expect(placeMarks(['a', 'c', 'b'], key)).toEqual({
			a: { mark: 'right', place: 1 },
			c: { mark: 'wrong', place: 3 },
			b: { mark: 'wrong', place: 2 }
		});
	});

	it('skips an item the key does not know, and marks nothing before the key is revealed', () => {
		expect(placeMarks(['a', 'q'], key)).toEqual({ a: { mark: 'right', place: 1 } });
		expect(placeMarks(['a', 'b', 'c'], null)).toBeNull();
	});
});
