import { describe, expect, it } from 'vitest';
import { glossary } from './glossary';
import { usedTerms } from './rich-text';
import { sections } from './sections';
import { langs } from '$lib/i18n/langs';

describe('glossary', () => {
	it('has at least 25 terms with unique ids', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(25);
		expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
	});

	it('has every term and definition in both languages', () => {
		for (const term of glossary)
			for (const lang of langs) {
				expect(term.term[lang].trim(), `${term.id} ${lang}`).not.toBe('');
				expect(term.definition[lang].length, `${term.id} ${lang}`).toBeGreaterThan(30);
				expect(term.definition[lang], term.id).toMatch(/[.!?]$/);
			}
	});

	it('explains only words that the explainer uses', () => {
		const used = new Set(
			sections.flatMap((s) => s.paragraphs.flatMap((p) => usedTerms(p.text.hu)))
		);
		for (const term of glossary) expect(used, term.id).toContain(term.id);
	});
});
