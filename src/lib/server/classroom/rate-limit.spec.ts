import { describe, expect, it } from 'vitest';
import { addressKey, RateLimiter } from './rate-limit';

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

	it('tells whether a key failed recently, and takes refunds up to the capacity', () => {
		const limiter = new RateLimiter(2, 1);
		expect(limiter.spent('ip', 0)).toBe(false);
		limiter.take('ip', 0);
		expect(limiter.spent('ip', 0)).toBe(true);
		limiter.refund('ip', 0);
		expect(limiter.spent('ip', 0)).toBe(false);
		limiter.refund('ip', 0);
		expect([limiter.take('ip', 0), limiter.take('ip', 0), limiter.take('ip', 0)]).toEqual([
			true,
			true,
			false
		]);
	});
});

describe('addressKey', () => {
	it('limits IPv6 per /64 and IPv4 per address', () => {
		expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:0db8:1:2:ffff:1:2:3'));
		expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
		expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
		expect(addressKey('192.0.2.7')).not.toBe(addressKey('192.0.2.8'));
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
	});
});
