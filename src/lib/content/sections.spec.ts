import { describe, expect, it } from 'vitest';
import { explainerParagraphIds, explainerSections } from './anchors';
import { glossary } from './glossary';
import { citedFacts, parseRich, plainText, usedTerms } from './rich-text';
import { sections } from './sections';
import { findFact } from '$lib/data/cited';
import { langs } from '$lib/i18n/langs';

const paragraphs = sections.flatMap((s) => s.paragraphs);

describe('explainer sections', () => {
	it('renders every section and paragraph anchor of anchors.ts, in order', () => {
		expect(sections.map((s) => s.id)).toEqual(Object.keys(explainerSections));
		const ids = new Set(paragraphs.map((p) => p.id));
		for (const id of explainerParagraphIds) expect(ids, id).toContain(id);
		for (const section of sections) {
			const own = section.paragraphs.map((p) => p.id);
			const agreed = explainerSections[section.id] as readonly string[];
			expect(own.filter((id) => agreed.includes(id))).toEqual([...agreed]);
		}
	});

	it('uses unique, lower-case ids that cannot clash with section ids', () => {
		const all = [...sections.map((s) => s.id), ...paragraphs.map((p) => p.id)];
		expect(new Set(all).size).toBe(all.length);
		for (const id of all) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('has every title and paragraph in both languages, non-empty and well formed', () => {
		for (const section of sections)
			for (const lang of langs) expect(section.title[lang].trim().length).toBeGreaterThan(5);
		for (const p of paragraphs)
			for (const lang of langs) {
				expect(() => parseRich(p.text[lang]), p.id).not.toThrow();
				expect(plainText(p.text[lang]).trim().length, `${p.id} ${lang}`).toBeGreaterThan(80);
			}
	});

	it('resolves every glossary marker to a term, with the same terms in both languages', () => {
		const known = new Set(glossary.map((t) => t.id));
		for (const p of paragraphs) {
			for (const lang of langs)
				for (const id of usedTerms(p.text[lang])) expect(known, `${p.id} ${lang}`).toContain(id);
			expect(usedTerms(p.text.hu).sort(), p.id).toEqual(usedTerms(p.text.en).sort());
		}
	});

	it('gives every paragraph sources, the same in both languages, all in the fact registry', () => {
		for (const p of paragraphs) {
			const hu = citedFacts(p.text.hu);
			expect(hu.length, p.id).toBeGreaterThan(0);
			expect(hu.sort(), p.id).toEqual(citedFacts(p.text.en).sort());
			for (const id of hu) expect(findFact(id), id).toBeDefined();
		}
	});

	it('marks the same estimates in both languages', () => {
		const estimates = (text: string) =>
			parseRich(text)
				.filter((t) => t.kind === 'estimate')
				.map((t) => t.id);
		for (const p of paragraphs) expect(estimates(p.text.hu), p.id).toEqual(estimates(p.text.en));
	});

	it('writes Hungarian with Hungarian quotation marks and names, English with English ones', () => {
		for (const p of paragraphs) {
			expect(p.text.hu, p.id).not.toMatch(/["“]|Shoigu|Pyongyang|Kim Jong/);
			expect(p.text.en, p.id).not.toMatch(/[„"']|Sojgu|Phenjan|Dzsong/);
		}
	});
});
