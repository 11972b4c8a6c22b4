/** Longest nickname, in characters (code points): enough for "Kovács Annamária" plus an initial. */
export const nicknameMaxLength = 24;

export type NicknameProblem = 'empty' | 'too_long';

/**
 * A nickname as it is stored and shown: Unicode NFC (so that a typed "á" and a composed "á" are the
 * same), control and invisible formatting characters removed, inner whitespace collapsed, trimmed.
 */
export function cleanNickname(input: string): string {
	return (
		input
			.normalize('NFC')
			// Control characters, zero-width and bidi overrides: they can make two names look the same or flip text.
			.replace(/[\p{Cc}\p{Cf}]/gu, '')
			.replace(/\s+/gu, ' ')
			.trim()
	);
}

/** Why a cleaned nickname cannot be used, or null when it can. */
export function nicknameProblem(cleaned: string): NicknameProblem | null {
	if (cleaned.length === 0) return 'empty';
	if ([...cleaned].length > nicknameMaxLength) return 'too_long';
	return null;
}

/**
 * The key under which nicknames must be unique in an assignment: "Anna", "anna" and "ANNA " are
 * the same student to a teacher reading the list. Compatibility normalisation also folds look-alike
 * forms such as full-width letters.
 */
export function nicknameKey(cleaned: string): string {
	return cleaned.normalize('NFKC').toLocaleLowerCase('hu-HU');
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
