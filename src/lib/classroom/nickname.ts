import { cleanText } from './text';

/** Longest nickname, in characters (code points): enough for "Kovács Annamária" plus an initial. */
export const nicknameMaxLength = 24;

/** Combining marks allowed on one letter: enough for any real name, not for a tower of them. */
export const maxMarksPerLetter = 2;

export type NicknameProblem = 'empty' | 'too_long' | 'no_letters';

/**
 * Characters that draw nothing but are not spaces (Hangul fillers, the blank Braille pattern,
 * Mongolian vowel separator) and private-use characters (no agreed glyph at all).
 */
const blanks = /[\u115f\u1160\u180e\u2800\u3164\uffa0\p{Co}]/gu;

/**
 * A nickname as it is stored and shown: Unicode NFC (so that a typed "á" and a composed "á" are the
 * same), control, invisible and blank characters removed, at most `maxMarksPerLetter` combining
 * marks in a row, inner whitespace collapsed, trimmed.
 */
export function cleanNickname(input: string): string {
	const marks = new RegExp(`(\\p{M}{${maxMarksPerLetter}})\\p{M}+`, 'gu');
	return (
		cleanText(input)
			// Joiners too: they can make two names look the same.
			.replace(/[\u200c\u200d]/g, '')
			.replace(blanks, '')
			.replace(marks, '$1')
			.replace(/\s+/gu, ' ')
			.trim()
	);
}

/** Why a cleaned nickname cannot be used, or null when it can. */
export function nicknameProblem(cleaned: string): NicknameProblem | null {
	if (cleaned.length === 0) return 'empty';
	if ([...cleaned].length > nicknameMaxLength) return 'too_long';
	// A teacher must be able to read out whom a row belongs to.
	if (!/[\p{L}\p{N}]/u.test(cleaned)) return 'no_letters';
	return null;
}

/**
 * Cyrillic and Greek letters drawn like Latin ones (after Unicode's confusables list, UTS #39):
 * "Аnna" with a Cyrillic А must not sit beside "Anna" as another student.
 */
const lookAlikes: Record<string, string> = Object.fromEntries(
	(
		'аa вb сc еe ёë һh іi јj кk мm нh оo рp ѕs тt уy хx ԁd ԛq ԝw ӏl ѵv үy ' +
		'αa βb γy εe ζz ηn ιi κk νv οo ρp τt υu χx ωw ' +
		// Capitals first, before lower-casing turns Greek Ν into ν (which looks like v, not n).
		'АA ВB СC ЕE НH ІI ЈJ КK МM ОO РP ЅS ТT ХX ҮY ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX'
	)
		.split(' ')
		.map((pair) => [...pair])
);

/**
 * The key under which nicknames must be unique in an assignment: "Anna", "anna", "ANNA ",
 * full-width "Ａｎｎａ" and "Аnna" with a Cyrillic letter are the same student to a teacher
 * reading the list. Compatibility normalisation folds full-width forms; `lookAlikes` the rest.
 */
export function nicknameKey(cleaned: string): string {
	const fold = (s: string) => [...s].map((c) => lookAlikes[c] ?? c).join('');
	return fold(fold(cleaned.normalize('NFKC')).toLocaleLowerCase('hu-HU'));
}

/**
 * A free variant of a nickname that is taken: "Anna (2)", "Anna (3)", … kept within the length limit.
 * Used to suggest a name, not imposed: the student decides what the teacher sees.
 */
export function disambiguate(cleaned: string, takenKeys: ReadonlySet<string>): string {
	if (!takenKeys.has(nicknameKey(cleaned))) return cleaned;
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const room = nicknameMaxLength - suffix.length;
		const candidate = [...cleaned].slice(0, room).join('').trimEnd() + suffix;
		if (!takenKeys.has(nicknameKey(candidate))) return candidate;
	}
}
