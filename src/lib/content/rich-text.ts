/**
 * The explainer's text is plain strings with three kinds of inline marker, so that translators
 * write sentences, not markup, and a spec can check every marker:
 * - `[[g:term-id|shown words]]` a glossary term (opens its definition),
 * - `[[e:fact-id|shown figure]]` an estimate (styled as one, with its source note),
 * - `[[s:fact-id]]` a source note for the sentence before it.
 */
export type RichToken =
	| { kind: 'text'; text: string }
	| { kind: 'term'; id: string; text: string }
	| { kind: 'estimate'; id: string; text: string }
	| { kind: 'cite'; id: string };

const marker = /\[\[([ges]):([a-z0-9-]+)(?:\|([^\]|]+))?\]\]/g;

/** Hungarian and English group thousands with a space or comma; the space must never break a number. */
function keepNumbersTogether(text: string): string {
	return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0');
}

/** Splits a marked-up string into tokens; throws on a malformed marker so bad content fails a test. */
export function parseRich(source: string): RichToken[] {
	const tokens: RichToken[] = [];
	let last = 0;
	for (const match of source.matchAll(marker)) {
		const [whole, kind, id, shown] = match;
		const index = match.index ?? 0;
		if (index > last)
			tokens.push({ kind: 'text', text: keepNumbersTogether(source.slice(last, index)) });
		if (kind === 's') {
			if (shown !== undefined) throw new Error(`A source marker takes no text: ${whole}`);
			tokens.push({ kind: 'cite', id });
		} else {
			if (!shown) throw new Error(`Marker without shown text: ${whole}`);
			tokens.push({
				kind: kind === 'g' ? 'term' : 'estimate',
				id,
				text: keepNumbersTogether(shown)
			});
		}
		last = index + whole.length;
	}
	if (last < source.length)
		tokens.push({ kind: 'text', text: keepNumbersTogether(source.slice(last)) });
	const leftover = tokens.find((t) => t.kind === 'text' && /\[\[|\]\]/.test(t.text));
	if (leftover) throw new Error(`Malformed marker in: ${source}`);
	return tokens;
}

/** The text a reader hears or counts: markers replaced by their shown words, source marks dropped. */
export function plainText(source: string): string {
	return parseRich(source)
		.map((t) => (t.kind === 'cite' ? '' : t.text))
		.join('');
}

/** Fact ids in order of first mention (estimates and source marks alike): the paragraph's numbered notes. */
export function citedFacts(source: string): string[] {
	const ids: string[] = [];
	for (const t of parseRich(source))
		if ((t.kind === 'cite' || t.kind === 'estimate') && !ids.includes(t.id)) ids.push(t.id);
	return ids;
}

/** Glossary term ids used in a text. */
export function usedTerms(source: string): string[] {
	return [...new Set(parseRich(source).flatMap((t) => (t.kind === 'term' ? [t.id] : [])))];
}

/** Minutes needed to read the texts at a teenager's comfortable pace, never less than one. */
export function readingMinutes(texts: readonly string[], wordsPerMinute = 180): number {
	const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / wordsPerMinute));
}
