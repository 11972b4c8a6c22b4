import { describe, expect, it } from 'vitest';
import {
	cleanNickname,
	disambiguate,
	nicknameKey,
	maxMarksPerLetter,
	nicknameMaxLength,
	nicknameProblem
} from './nickname';

describe('nicknames', () => {
	it('trims, collapses spaces and composes accents', () => {
		expect(cleanNickname('  Kovács   Anna \n')).toBe('Kovács Anna');
		expect(cleanNickname('A\u0301gi')).toBe('Ági');
	});

	it('removes invisible and direction-changing characters', () => {
		expect(cleanNickname('An\u200bna')).toBe('Anna');
		expect(cleanNickname('\u202eanna')).toBe('anna');
		expect(cleanNickname('\u0000\u0007')).toBe('');
	});

	it('refuses empty and too long names, counting characters, not bytes', () => {
		expect(nicknameProblem('')).toBe('empty');
		expect(nicknameProblem('ő'.repeat(nicknameMaxLength))).toBeNull();
		expect(nicknameProblem('ő'.repeat(nicknameMaxLength + 1))).toBe('too_long');
		expect(nicknameProblem('😀'.repeat(nicknameMaxLength - 1) + 'a')).toBeNull();
	});

	it('treats case and full-width forms as the same name', () => {
		expect(nicknameKey('ANNA')).toBe(nicknameKey('anna'));
		expect(nicknameKey('Ａｎｎａ')).toBe(nicknameKey('anna'));
		expect(nicknameKey('Ági')).not.toBe(nicknameKey('Agi'));
	});

	it('refuses names that draw nothing readable: blanks, fillers, private use, symbols only', () => {
		for (const blank of ['\u3164', '\u2800', '\ue000\ue001', '\ufffe\uffff', 'ok\ud800'.slice(2)]) {
			expect(nicknameProblem(cleanNickname(blank))).toBe('empty');
		}
		expect(nicknameProblem(cleanNickname('!!! ...'))).toBe('no_letters');
		expect(nicknameProblem(cleanNickname('Bea ⠀'))).toBeNull();
	});

	it('caps combining marks on one letter', () => {
		const tower = 'Z' + '\u0301\u0308\u0300'.repeat(8);
		expect([...cleanNickname(tower)].length).toBe(1 + maxMarksPerLetter);
		expect(cleanNickname('Nguyê\u0303n')).toBe('Nguyễn'.normalize('NFC'));
	});

	it('treats Cyrillic and Greek look-alikes of Latin letters as the same name', () => {
		expect(nicknameKey('\u0410nna')).toBe(nicknameKey('Anna'));
		expect(nicknameKey('\u0391\u039d\u039d\u0391')).toBe(nicknameKey('ANNA'));
		expect(nicknameKey('Вence')).toBe(nicknameKey('bence'));
		expect(nicknameKey('Оттó')).toBe(nicknameKey('Ottó'));
	});

	it('suggests the next free numbered variant within the length limit', () => {
		const taken = new Set(['anna', 'anna (2)'].map(nicknameKey));
		expect(disambiguate('Bence', taken)).toBe('Bence');
		expect(disambiguate('Anna', taken)).toBe('Anna (3)');
		const long = 'x'.repeat(nicknameMaxLength);
		const suggestion = disambiguate(long, new Set([nicknameKey(long)]));
		expect(suggestion.endsWith(' (2)')).toBe(true);
		expect([...suggestion].length).toBe(nicknameMaxLength);
	});
});
