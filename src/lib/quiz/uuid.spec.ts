import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { randomUuid } from './uuid';

describe('randomUuid', () => {
	it('makes a UUID that the servers schemas accept, and a new one each time', () => {
		const a = randomUuid();
		expect(v.is(v.pipe(v.string(), v.uuid()), a)).toBe(true);
		expect(a[14]).toBe('4');
		expect(randomUuid()).not.toBe(a);
	});
	it('uses the random bytes it is given', () => {
		expect(randomUuid((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
	});
});
