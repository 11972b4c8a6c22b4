/**
 * Free text from students and teachers (flag comments, titles) as it is stored and shown: Unicode
 * NFC; no NUL or other control characters (PostgreSQL refuses NUL in text and answered 500); no
 * lone surrogates (not UTF-8 at all); no bidi overrides or isolates, which flip the text around
 * them on the teacher's dashboard; no other invisible formatting except the joiners that some
 * scripts and emoji need; no noncharacters. Line breaks stay only where `multiline` allows them.
 */
export function cleanText(input: string, { multiline = false } = {}): string {
	let text = input
		.replace(/\p{Cs}/gu, '')
		.normalize('NFC')
		.replace(/\r\n?/g, '\n');
	text = text.replace(multiline ? /\t/g : /[\t\n]/g, ' ');
	return text
		.replace(/[^\P{Cc}\n]/gu, '')
		.replace(/[^\P{Cf}\u200c\u200d]/gu, '')
		.replace(/\p{Noncharacter_Code_Point}/gu, '');
}
