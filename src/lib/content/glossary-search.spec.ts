import { describe, expect, it } from 'vitest';
import { glossary, type GlossaryTerm } from './glossary';
import { cleanQuery, fold, maxQueryLength, searchGlossary } from './glossary-search';

const terms: GlossaryTerm[] = [
	{
		id: 'a',
		term: { hu: 'hadügyminiszter', en: 'defence minister' },
		definition: { hu: 'A kormány tagja.', en: 'A member of the government.' }
	},
	{
		id: 'b',
		term: { hu: 'fegyverszünet', en: 'armistice' },
		definition: { hu: 'Megállapodás a harcok végéről.', en: 'An agreement to stop fighting.' }
	}
];
const ids = (q: string, lang: 'hu' | 'en' = 'en') =>
	searchGlossary(terms, q, lang).map((t) => t.id);

describe('glossary search', () => {
	it('folds case and accents', () => {
		expect(fold('  Hadügy ÉS ')).toBe('hadugy es');
	});

	it('matches the word in either language, accents optional', () => {
		expect(ids('armistice')).toEqual(['b']);
		expect(ids('fegyver')).toEqual(['b']);
		expect(ids('HADUGY')).toEqual(['a']);
	});

	it('searches the definition in the reader’s language only', () => {
		expect(ids('government', 'en')).toEqual(['a']);
		expect(ids('government', 'hu')).toEqual([]);
		expect(ids('kormány', 'hu')).toEqual(['a']);
	});

	it('needs every word of the query, in any order', () => {
		expect(ids('minister defence')).toEqual(['a']);
		expect(ids('minister armistice')).toEqual([]);
	});

	it('keeps every term for an empty query', () => {
		expect(ids('   ')).toEqual(['a', 'b']);
		expect(searchGlossary(glossary, '', 'hu')).toHaveLength(glossary.length);
	});

	it('cleans a sent query', () => {
		expect(cleanQuery(null)).toBe('');
		expect(cleanQuery('  x ')).toBe('x');
		expect(cleanQuery('y'.repeat(500))).toHaveLength(maxQueryLength);
	});
});
