import { describe, expect, it } from 'vitest';
import { dealKey, dealStore, parseKeptDeal, spareKey } from './deal-store';
import type { PublicQuestion } from './types';

const questions = [{ id: 'q1' }, { id: 'q2' }] as unknown as PublicQuestion[];

function memory() {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k)
	};
}

describe('dealStore', () => {
	it('gives back the questions of the kept deal, and only for that deal', () => {
		const storage = memory();
		const store = dealStore(storage, 'article');
		store.keep({ deal: 'd1', questions });
		expect(store.questions('d1')).toEqual(questions);
		expect(store.questions('d2')).toBeNull();
		expect(dealStore(storage, 'words').questions('d1')).toBeNull();
		expect(storage.map.has(dealKey('article'))).toBe(true);
	});

	it('hands out a spare deal once', () => {
		const storage = memory();
		const store = dealStore(storage, 'data');
		expect(store.hasSpare()).toBe(false);
		store.putSpare({ deal: 's1', questions });
		expect(store.hasSpare()).toBe(true);
		expect(store.takeSpare()).toEqual({ deal: 's1', questions });
		expect(store.takeSpare()).toBeNull();
		expect(storage.map.has(spareKey('data'))).toBe(false);
	});

	it('reads nothing from a broken, foreign or empty value, and never throws', () => {
		for (const bad of [
			null,
			'',
			'{not json',
			'null',
			'[]',
			'{"deal":1,"questions":[{"id":"q"}]}',
			'{"deal":"d","questions":[]}',
			'{"deal":"d","questions":[null]}',
			'{"deal":"d","questions":[{"id":3}]}'
		]) {
			expect(parseKeptDeal(bad), String(bad)).toBeNull();
		}
		const throwing = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			},
			removeItem: () => {
				throw new Error('blocked');
			}
		};
		const store = dealStore(throwing, 'article');
		expect(() => store.keep({ deal: 'd', questions })).not.toThrow();
		expect(store.questions('d')).toBeNull();
		expect(store.takeSpare()).toBeNull();
		expect(dealStore(undefined, 'article').hasSpare()).toBe(false);
	});
});
