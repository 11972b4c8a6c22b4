import { describe, expect, it } from 'vitest';
import { citedFacts, parseRich, plainText, readingMinutes, usedTerms } from './rich-text';

describe('parseRich', () => {
	it('splits terms, estimates and source marks from the text', () => {
		expect(parseRich('A [[g:veto|vétó]] és [[e:f-1|9,4 millió]] lövedék.[[s:f-2]]')).toEqual([
			{ kind: 'text', text: 'A ' },
			{ kind: 'term', id: 'veto', text: 'vétó' },
			{ kind: 'text', text: ' és ' },
			{ kind: 'estimate', id: 'f-1', text: '9,4 millió' },
			{ kind: 'text', text: ' lövedék.' },
			{ kind: 'cite', id: 'f-2' }
		]);
	});

	it('keeps a grouped number on one line', () => {
		expect(parseRich('mintegy 12 000 katona')).toEqual([
			{ kind: 'text', text: 'mintegy 12\u00a0000 katona' }
		]);
		expect(plainText('[[e:x|11 000–12 000]] fő')).toBe('11\u00a0000–12\u00a0000 fő');
	});

	it('rejects malformed markers', () => {
		expect(() => parseRich('a [[g:veto]] b')).toThrow();
		expect(() => parseRich('a [[s:x|text]] b')).toThrow();
		expect(() => parseRich('a [[x:veto|y]] b')).toThrow();
		expect(() => parseRich('a [[g:veto|y] b')).toThrow();
	});
});

describe('helpers', () => {
	const text = 'Első [[e:a|1]] és [[g:t|szó]].[[s:b]] Újra [[s:a]] és [[g:t|szavak]].';

	it('lists cited facts in order of first mention, once each', () => {
		expect(citedFacts(text)).toEqual(['a', 'b']);
	});

	it('lists glossary terms once each', () => {
		expect(usedTerms(text)).toEqual(['t']);
	});

	it('gives plain text without markers', () => {
		expect(plainText(text)).toBe('Első 1 és szó. Újra  és szavak.');
	});

	it('estimates reading time in whole minutes, at least one', () => {
		expect(readingMinutes(['egy kettő'])).toBe(1);
		expect(readingMinutes([Array(900).fill('szó').join(' ')])).toBe(5);
	});
});
