import { describe, expect, it } from 'vitest';
import { matchText, normaliseAnswer, parseTypedNumber, stripAccents } from './normalise';

describe('normaliseAnswer', () => {
	it('folds case, spaces and punctuation in both languages', () => {
		expect(normaliseAnswer('  Kim  Jong-Un! ', 'en')).toBe('kim jong un');
		expect(normaliseAnswer('„Biztonsági  Tanács”', 'hu')).toBe('biztonsági tanács');
	});
	it('drops accents in English only', () => {
		expect(normaliseAnswer('Pyŏngyang', 'en')).toBe('pyongyang');
		expect(normaliseAnswer('Phenjan', 'hu')).toBe('phenjan');
		expect(normaliseAnswer('Szergej Sojgu', 'hu')).toBe('szergej sojgu');
		expect(normaliseAnswer('tőr', 'hu')).not.toBe(normaliseAnswer('tör', 'hu'));
	});
	it('reads õ, ô and û typed on foreign keyboards as Hungarian ő and ű', () => {
		expect(normaliseAnswer('KÕZÉP-ÁZSIA', 'hu')).toBe('közép ázsia'.replace('ö', 'ő'));
		expect(normaliseAnswer('fûtés', 'hu')).toBe('fűtés');
	});
	it('is unaffected by composed or decomposed input', () => {
		expect(normaliseAnswer('Tana\u0301cs', 'hu')).toBe(normaliseAnswer('Tanács', 'hu'));
	});
});

describe('matchText', () => {
	it('finds exact matches, accent-only near misses and misses', () => {
		expect(matchText('biztonsági tanács', ['Biztonsági Tanács'], 'hu')).toBe('exact');
		expect(matchText('biztonsagi tanacs', ['Biztonsági Tanács'], 'hu')).toBe('accents');
		expect(matchText('védelmi tanács', ['Biztonsági Tanács'], 'hu')).toBe('none');
		expect(matchText('', [''], 'hu')).toBe('none');
	});
	it('accepts any listed variant', () => {
		expect(matchText('Shoygu', ['Shoigu', 'Shoygu'], 'en')).toBe('exact');
	});
});

describe('stripAccents', () => {
	it('removes every combining mark', () => {
		expect(stripAccents('árvíztűrő tükörfúrógép')).toBe('arvizturo tukorfurogep');
	});
});

describe('parseTypedNumber', () => {
	it('reads English numbers', () => {
		expect(parseTypedNumber('20,000', 'en')).toBe(20000);
		expect(parseTypedNumber(' 9.4 ', 'en')).toBe(9.4);
		expect(parseTypedNumber('1,234,567', 'en')).toBe(1234567);
		expect(parseTypedNumber('−5', 'en')).toBe(-5);
	});
	it('reads Hungarian numbers', () => {
		expect(parseTypedNumber('20 000', 'hu')).toBe(20000);
		expect(parseTypedNumber('20\u00a0000', 'hu')).toBe(20000);
		expect(parseTypedNumber('9,4', 'hu')).toBe(9.4);
		expect(parseTypedNumber('9.4', 'hu')).toBe(9.4);
		expect(parseTypedNumber('20.000', 'hu')).toBe(20000);
	});
	it('rejects what is not a plain number', () => {
		for (const s of ['', ' ', 'abc', '1e5', '12a', '1,2,3', '9,4'])
			expect(parseTypedNumber(s, 'en'), s).toBeNull();
		expect(parseTypedNumber('2 000 km', 'hu')).toBeNull();
	});
});
