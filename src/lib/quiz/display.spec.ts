import { describe, expect, it } from 'vitest';
import { makeMatch, makeOneOfEach, makeOrder, makeSingle } from '$lib/testing/quiz';
import { displayOptions } from './display';

describe('displayOptions', () => {
	it('is stable for a seed and changes with a new seed', () => {
		const q = makeSingle({
			options: 'abcdefgh'.split('').map((id) => ({ id, text: { hu: id, en: id } })),
			key: 'a'
		});
		expect(displayOptions(q, 1)).toEqual(displayOptions(q, 1));
		expect(displayOptions(q, 1)).not.toEqual(displayOptions(q, 2));
	});
	it('shows the right-hand side of a match and never the solved order', () => {
		expect(
			displayOptions(makeMatch(), 5)
				.map((o) => o.id)
				.sort()
		).toEqual(['r1', 'r2', 'r3', 'r4']);
		for (let seed = 0; seed < 40; seed++)
			expect(displayOptions(makeOrder(), seed).map((o) => o.id)).not.toEqual(makeOrder().key);
	});
	it('has nothing to shuffle for true/false, numbers and text', () => {
		const none = makeOneOfEach().filter((q) => ['truefalse', 'numeric', 'text'].includes(q.type));
		for (const q of none) expect(displayOptions(q, 1)).toEqual([]);
	});
});
