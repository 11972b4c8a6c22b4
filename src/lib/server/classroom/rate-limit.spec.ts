import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('rate limiter', () => {
	it('allows a burst, then refills at the given rate, per key', () => {
		const limiter = new RateLimiter(3, 1);
		const t = 1_000_000;
		expect([1, 2, 3, 4].map(() => limiter.take('ip', t))).toEqual([true, true, true, false]);
		expect(limiter.take('other', t)).toBe(true);
		expect(limiter.take('ip', t + 500)).toBe(false);
		expect(limiter.take('ip', t + 1_600)).toBe(true);
		expect(limiter.take('ip', t + 1_700)).toBe(false);
		expect(limiter.allows('ip', t + 1_700)).toBe(false);
		expect(limiter.allows('ip', t + 2_700)).toBe(true);
		expect(limiter.allows('new', t)).toBe(true);
	});

	it('forgets the oldest keys beyond its size, which only ever lets more through', () => {
		const limiter = new RateLimiter(1, 0, 2);
		expect(limiter.take('a', 0)).toBe(true);
		expect(limiter.take('b', 0)).toBe(true);
		expect(limiter.take('c', 0)).toBe(true);
		expect(limiter.take('a', 0)).toBe(true);
		expect(limiter.take('c', 0)).toBe(false);
	});
});
