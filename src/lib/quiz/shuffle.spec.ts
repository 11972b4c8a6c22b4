import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashString, newSeed, seededRandom, shuffle, shuffleAwayFrom } from './shuffle';

const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('shuffle', () => {
	it('is deterministic for a seed and salt', () => {
		expect(shuffle(items, 42, 'q1')).toEqual(shuffle(items, 42, 'q1'));
	});
	it('differs for another seed (a retry) and another salt (another question)', () => {
		expect(shuffle(items, 42, 'q1')).not.toEqual(shuffle(items, 43, 'q1'));
		expect(shuffle(items, 42, 'q1')).not.toEqual(shuffle(items, 42, 'q2'));
	});
	it('is a permutation and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.string()), fc.nat(), (xs, seed) => {
				const copy = [...xs];
				const out = shuffle(xs, seed);
				expect(xs).toEqual(copy);
				expect([...out].sort()).toEqual([...xs].sort());
			})
		);
	});
	it('puts each item first about equally often', () => {
		const counts = new Map<string, number>();
		for (let seed = 0; seed < 4000; seed++) {
			const first = shuffle(['a', 'b', 'c', 'd'], seed)[0];
			counts.set(first, (counts.get(first) ?? 0) + 1);
		}
		for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(150);
	});
});

describe('shuffleAwayFrom', () => {
	it('never returns the key order', () => {
		const key = ['a', 'b', 'c'];
		for (let seed = 0; seed < 300; seed++) expect(shuffleAwayFrom(key, key, seed)).not.toEqual(key);
	});
	it('still returns a single item as it is', () => {
		expect(shuffleAwayFrom(['a'], ['a'], 1)).toEqual(['a']);
	});
});

describe('seeds', () => {
	it('hashString is stable and spreads', () => {
		expect(hashString('abc')).toBe(hashString('abc'));
		expect(hashString('abc')).not.toBe(hashString('abd'));
	});
	it('seededRandom yields floats in [0, 1)', () => {
		const r = seededRandom(7);
		for (let i = 0; i < 1000; i++) {
			const x = r();
			expect(x >= 0 && x < 1).toBe(true);
		}
	});
	it('newSeed makes a 32-bit integer from a random source', () => {
		expect(newSeed(() => 0.5)).toBe(2147483648);
		expect(newSeed(() => 0.999999999999)).toBeLessThan(4294967296);
	});
});
