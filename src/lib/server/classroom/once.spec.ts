import { describe, expect, it } from 'vitest';
import { Once } from './once';

describe('once per token', () => {
	it('gives a second run with the same key the first one’s result, even while it runs', async () => {
		const once = new Once<number>();
		let runs = 0;
		let release = () => {};
		const work = () =>
			new Promise<number>((resolve) => {
				runs++;
				release = () => resolve(runs);
			});
		const first = once.run('a', work, 0);
		const second = once.run('a', work, 1);
		release();
		expect(await first).toBe(1);
		expect(await second).toBe(1);
		expect(await once.run('a', work, 2)).toBe(1);
		expect(runs).toBe(1);
		// Another key is another piece of work.
		const other = once.run('b', work, 3);
		release();
		expect(await other).toBe(2);
	});

	it('forgets failures and expired or overflowing keys', async () => {
		const once = new Once<string>(1000, 2);
		await expect(once.run('a', () => Promise.reject(new Error('refused')), 0)).rejects.toThrow();
		expect(await once.run('a', async () => 'retried', 1)).toBe('retried');
		expect(await once.run('a', async () => 'again', 2000)).toBe('again');
		await once.run('b', async () => 'b', 2001);
		await once.run('c', async () => 'c', 2002);
		// Over the cap of two: the oldest went.
		expect(await once.run('a', async () => 'a anew', 2003)).toBe('a anew');
		expect(await once.run('c', async () => 'not run', 2004)).toBe('c');
	});
});
