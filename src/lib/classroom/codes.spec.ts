import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeAlphabet, codeLength, formatCode, generateCode, isCode, normalizeCode } from './codes';

describe('class codes', () => {
	it('uses no look-alike characters', () => {
		for (const c of '0O1IL') expect(codeAlphabet).not.toContain(c);
		expect(new Set(codeAlphabet).size).toBe(codeAlphabet.length);
	});

	it('generates codes of the right length from the alphabet only', () => {
		for (let i = 0; i < 500; i++) {
			const code = generateCode((n) => randomBytes(n));
			expect(code).toHaveLength(codeLength);
			expect(isCode(code)).toBe(true);
		}
	});

	it('skips bytes that would bias the draw and keeps drawing until the code is complete', () => {
		// 255 is above the rejection limit; 0 maps to the first symbol.
		const bytes = [255, 255, 0, 1, 2, 3, 4, 5, 6, 7];
		let calls = 0;
		const code = generateCode((n) => {
			calls++;
			return Uint8Array.from(calls === 1 ? bytes.slice(0, 2) : bytes.slice(2, 2 + n));
		});
		expect(code).toBe(codeAlphabet.slice(0, codeLength));
		expect(calls).toBe(2);
	});

	it('reads codes as students type them', () => {
		expect(normalizeCode(' abc-def ')).toBe('ABCDEF');
		expect(normalizeCode('ＡＢＣ ２３４')).toBe('ABC234');
		expect(isCode(normalizeCode('abc 234'))).toBe(true);
		expect(isCode('ABCDE0')).toBe(false);
		expect(isCode('ABCDEI')).toBe(false);
		expect(isCode('ABCDE')).toBe(false);
		expect(isCode('ABCDEFG')).toBe(false);
		expect(isCode('ABCD2345')).toBe(true);
		expect(isCode('ABCD23456')).toBe(false);
	});

	it('makes codes long enough that guessing from many addresses stays hopeless (over 38 bits)', () => {
		expect(codeLength * Math.log2(codeAlphabet.length)).toBeGreaterThan(38);
	});

	it('formats a code in two halves for the board', () => {
		expect(formatCode('ABC234')).toBe('ABC 234');
		expect(formatCode('ABCD2345')).toBe('ABCD 2345');
	});
});
