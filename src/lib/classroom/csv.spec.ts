import { describe, expect, it } from 'vitest';
import { csvCell, csvStyle, toCsv } from './csv';

describe('CSV', () => {
	it('starts with a byte order mark and ends rows with CRLF', () => {
		const csv = toCsv([
			['a', 'b'],
			['Ő', 1]
		]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toBe('\uFEFFa,b\r\nŐ,1\r\n');
	});

	it('quotes separators, quotes and line breaks', () => {
		expect(csvCell('Kiss, Anna')).toBe('"Kiss, Anna"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('a;b')).toBe('"a;b"');
	});

	it('turns would-be formulas into text', () => {
		for (const evil of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
			expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
		}
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvCell('Anna')).toBe('Anna');
	});

	it('writes our own numbers as numbers and leaves blanks empty', () => {
		expect(csvCell(-2)).toBe('-2');
		expect(csvCell(0.5)).toBe('0.5');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
	});
});

describe("CSV in the reader's language", () => {
	it('uses semicolons and decimal commas in Hungarian', () => {
		const hu = csvStyle('hu');
		expect(
			toCsv(
				[
					['Név', 'Pont'],
					['Kiss, Anna', 4.5],
					['Bea', -0.5]
				],
				hu
			)
		).toBe('\uFEFFNév;Pont\r\n"Kiss, Anna";4,5\r\nBea;-0,5\r\n');
		// A decimal comma inside a number never needs quotes: the separator is the semicolon.
		expect(csvCell(12.5, hu)).toBe('12,5');
	});

	it('uses commas and decimal points in English', () => {
		expect(
			toCsv(
				[
					['Name', 'Points'],
					['Ann', 4.5]
				],
				csvStyle('en')
			)
		).toBe('\uFEFFName,Points\r\nAnn,4.5\r\n');
	});

	it('keeps the formula guard in both styles', () => {
		expect(toCsv([['=1+2', '@x']], csvStyle('hu'))).toBe("\uFEFF'=1+2;'@x\r\n");
	});
});
