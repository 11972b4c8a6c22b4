/**
 * Class codes are read aloud and copied from a projector, so the alphabet leaves out characters
 * that look alike: no 0/O, 1/I/L, and no U/V pair either. 29 symbols, 8 characters: about
 * 500 billion codes (39 bits). A right code is never refused for an address's wrong guesses (a
 * whole school shares one), so the code itself must make guessing hopeless; see `assignmentByCode`.
 */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const codeLength = 8;
/** Codes made before December 2026 have 6 characters (29 bits) and keep working. */
export const legacyCodeLength = 6;

const codePattern = new RegExp(
	`^([${codeAlphabet}]{${codeLength}}|[${codeAlphabet}]{${legacyCodeLength}})$`
);

/** A new random class code; `randomBytes` is injected so that tests can make it predictable. */
export function generateCode(randomBytes: (n: number) => Uint8Array): string {
	let code = '';
	// Rejection sampling keeps every symbol equally likely (256 is not a multiple of the alphabet size).
	const limit = 256 - (256 % codeAlphabet.length);
	while (code.length < codeLength) {
		for (const byte of randomBytes(codeLength * 2)) {
			if (byte < limit && code.length < codeLength)
				code += codeAlphabet[byte % codeAlphabet.length];
		}
	}
	return code;
}

/**
 * What a student typed, made comparable: upper case, with the spaces and dashes removed that people
 * add when copying `ABC 234` from the board. Look-alikes are not guessed: the alphabet has neither
 * O nor 0, so a code with either is simply not a code.
 */
export function normalizeCode(input: string): string {
	return input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-–.]/g, '');
}

/** Whether a normalized string has the shape of a class code. */
export function isCode(value: string): boolean {
	return codePattern.test(value);
}

/** `ABCD2345` -> `ABCD 2345` (`ABC234` -> `ABC 234`): easier to read from the back of the classroom. */
export function formatCode(code: string): string {
	const half = Math.ceil(code.length / 2);
	return `${code.slice(0, half)} ${code.slice(half)}`;
}
