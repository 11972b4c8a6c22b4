import { describe, expect, it } from 'vitest';
import { hasSecret, redactPath } from './secret-paths';

const key = 'k'.repeat(40) + '_-9';

describe('secret paths', () => {
	it('finds and hides teacher keys and resume tokens in any part of a path', () => {
		expect(redactPath(`/en/teacher/a/XrpfaYpzAS2cz7oH/${key}/extra`)).toBe(
			'/en/teacher/a/XrpfaYpzAS2cz7oH/[secret]/extra'
		);
		expect(redactPath(`/hu/attempt/${key}`)).toBe('/hu/attempt/[secret]');
		expect(hasSecret(`/hu/attempt/${key}/__data.json`)).toBe(true);
		expect(redactPath(`Error: Not found: /hu/attempt/${key}?x=1`)).toBe(
			'Error: Not found: /hu/attempt/[secret]?x=1'
		);
	});
	it('leaves ordinary paths alone', () => {
		expect(hasSecret('/en/explainer')).toBe(false);
		expect(redactPath('/en/join/ABCD2345')).toBe('/en/join/ABCD2345');
		expect(hasSecret(`/en/x${key}`)).toBe(false);
	});
});
