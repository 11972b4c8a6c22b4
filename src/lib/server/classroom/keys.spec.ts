import { describe, expect, it } from 'vitest';
import { hashSecret, newId, newSecret, secretMatches } from './keys';

describe('secrets', () => {
	it('are long, URL-safe and different every time', () => {
		const a = newSecret();
		expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(newSecret()).not.toBe(a);
		expect(newId()).toMatch(/^[A-Za-z0-9_-]{16}$/);
	});

	it('match only their own hash', () => {
		const secret = newSecret();
		const hash = hashSecret(secret);
		expect(hash).not.toContain(secret);
		expect(secretMatches(secret, hash)).toBe(true);
		expect(secretMatches(newSecret(), hash)).toBe(false);
		expect(secretMatches(secret, 'abcd')).toBe(false);
	});
});
