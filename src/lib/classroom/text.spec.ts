import { describe, expect, it } from 'vitest';
import { cleanText } from './text';

describe('cleanText', () => {
	it('drops NUL and other control characters, which PostgreSQL refuses or the page cannot show', () => {
		expect(cleanText('a\u0000b\u0007c\u001b[31m')).toBe('abc[31m');
	});
	it('drops lone surrogates, bidi overrides and invisible formatting, but keeps emoji joiners', () => {
		expect(cleanText('ok \ud800 lone \u202eDETALIAF\u202c')).toBe('ok  lone DETALIAF');
		expect(cleanText('\u2066x\u2069\u200b\ufeff')).toBe('x');
		expect(cleanText('👩\u200d🏫')).toBe('👩\u200d🏫');
		expect(cleanText('a\ufffe\uffffb\ufdd0')).toBe('ab');
	});
	it('composes accents (NFC)', () => {
		expect(cleanText('A\u0301gi')).toBe('Ági');
	});
	it('keeps line breaks only in multi-line text', () => {
		expect(cleanText('one\r\ntwo\tthree')).toBe('one two three');
		expect(cleanText('one\r\ntwo\rthree', { multiline: true })).toBe('one\ntwo\nthree');
	});
});
