import { describe, expect, it } from 'vitest';
import {
	cleanNickname,
	disambiguate,
	nicknameKey,
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
		expect(nicknameProblem('😀'.repeat(nicknameMaxLength))).toBeNull();
	});

	it('treats case and full-width forms as the same name', () => {
		expect(nicknameKey('ANNA')).toBe(nicknameKey('anna'));
		expect(nicknameKey('Ａｎｎａ')).toBe(nicknameKey('anna'));
		expect(nicknameKey('Ági')).not.toBe(nicknameKey('Agi'));
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
