import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../db/test-databases';
import { SharedBudget } from './shared-budget';

const t = 1_800_000_000_000;

describeOnEachDatabase('shared budgets', (store, target) => {
	const rows = async (name: string) =>
		(
			await store.db
				.selectFrom('rate_budgets')
				.select('key')
				.where('key', 'like', `${name}:%`)
				.orderBy('key')
				.execute()
		).map((r) => r.key);

	it('allows a burst, then refills at the given rate up to the capacity, per key', async () => {
		const b = new SharedBudget('refill', 3, 1);
		const take = (key: string, at: number) => b.take(store.db, key, at);
		const burst = async (at: number) => [
			await take('ip', at),
			await take('ip', at),
			await take('ip', at),
			await take('ip', at)
		];
		expect(await burst(t)).toEqual([true, true, true, false]);
		expect(await take('other', t)).toBe(true);
		expect(await take('ip', t + 500)).toBe(false);
		expect(await take('ip', t + 1_600)).toBe(true);
		expect(await take('ip', t + 1_700)).toBe(false);
		expect(await b.allows(store.db, 'ip', t + 1_700)).toBe(false);
		expect(await b.allows(store.db, 'ip', t + 2_700)).toBe(true);
		expect(await b.allows(store.db, 'new', t)).toBe(true);
		// A long rest refills the bucket to its capacity, never beyond.
		expect(await burst(t + 40_000)).toEqual([true, true, true, false]);
	});

	it('keeps budgets of different names apart', async () => {
		const a = new SharedBudget('apart-a', 1, 0);
		const b = new SharedBudget('apart-b', 1, 0);
		expect(await a.take(store.db, 'ip', t)).toBe(true);
		expect(await a.take(store.db, 'ip', t)).toBe(false);
		expect(await b.take(store.db, 'ip', t)).toBe(true);
	});

	it('tells whether a key failed recently, and takes refunds up to the capacity', async () => {
		const b = new SharedBudget('refund', 2, 1);
		expect(await b.spent(store.db, 'ip', t)).toBe(false);
		await b.take(store.db, 'ip', t);
		expect(await b.spent(store.db, 'ip', t)).toBe(true);
		await b.refund(store.db, 'ip', t);
		expect(await b.spent(store.db, 'ip', t)).toBe(false);
		await b.refund(store.db, 'ip', t);
		await b.refund(store.db, 'unknown', t);
		const taken = [];
		for (let i = 0; i < 3; i++) taken.push(await b.take(store.db, 'ip', t));
		expect(taken).toEqual([true, true, false]);
		expect(await rows('refund')).toEqual(['refund:ip']);
	});

	it('deletes rows that have been full for long, and only those', async () => {
		// Full 10 s after its last take.
		const b = new SharedBudget('sweep', 10, 1);
		await b.take(store.db, 'old', t);
		await b.take(store.db, 'recent', t + 55_000);
		expect(await rows('sweep')).toEqual(['sweep:old', 'sweep:recent']);
		await b.take(store.db, 'new', t + 61_000);
		expect(await rows('sweep')).toEqual(['sweep:new', 'sweep:recent']);
	});

	it('holds across connections: 60 takes at once from two of them get exactly 20 tokens', async () => {
		const other = await target.connect();
		try {
			const b = new SharedBudget('shared', 20, 0);
			const results = await Promise.all(
				Array.from({ length: 60 }, (_, i) => b.take(i % 2 ? other.db : store.db, 'class', t))
			);
			expect(results.filter(Boolean)).toHaveLength(20);
			expect(await b.allows(other.db, 'class', t)).toBe(false);
		} finally {
			await other.close();
		}
	});
});
