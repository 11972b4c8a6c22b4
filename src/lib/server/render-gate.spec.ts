import { describe, expect, it } from 'vitest';
import { Gate } from './render-gate';

const deferred = () => {
	let resolve!: () => void;
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
};

describe('Gate', () => {
	it('runs at most max tasks at once, in order, and refuses beyond the queue', async () => {
		const gate = new Gate(2, 3);
		const blockers = Array.from({ length: 5 }, deferred);
		let peak = 0;
		let now = 0;
		const started: number[] = [];
		const results = blockers.map((b, i) =>
			gate.run(async () => {
				started.push(i);
				peak = Math.max(peak, ++now);
				await b.promise;
				now--;
				return i;
			})
		);
		expect(await gate.run(async () => 'extra')).toBeNull();
		expect(gate.running).toBe(2);
		expect(gate.waiting).toBe(3);
		for (const b of blockers) b.resolve();
		expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
		expect(started).toEqual([0, 1, 2, 3, 4]);
		expect(peak).toBe(2);
		expect(gate.running).toBe(0);
	});

	it('frees its place when a task throws', async () => {
		const gate = new Gate(1, 0);
		await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await gate.run(async () => 'next')).toBe('next');
	});
});
