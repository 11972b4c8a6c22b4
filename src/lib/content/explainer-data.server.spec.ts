import { describe, expect, it } from 'vitest';
import { findFact } from '$lib/data/cited';
import { defaultLesson as lesson } from '$lib/server/lessons/registry';
import { explainerData, shownFactIds, sourcedFact } from './explainer-data.server';

describe('explainerData', () => {
	it('cites only facts of the shared fact sheet, each with an http(s) source and a publisher', () => {
		const ids = shownFactIds(lesson);
		expect(ids.length).toBeGreaterThanOrEqual(55);
		for (const id of ids) {
			expect(findFact(id), id).toBeDefined();
			const { sources } = sourcedFact(id);
			expect(sources.length, id).toBeGreaterThan(0);
			for (const source of sources) {
				expect(source.url, id).toMatch(/^https?:\/\/[^\s]+$/);
				expect(source.publisher.trim(), id).not.toBe('');
			}
		}
	});

	it('sends exactly the facts it shows, with the sheet’s sources and confidence', () => {
		const data = explainerData(lesson, 'en', false);
		expect(Object.keys(data.facts).sort()).toEqual(shownFactIds(lesson).sort());
		for (const [id, fact] of Object.entries(data.facts)) {
			const sheet = findFact(id);
			expect(fact.confidence, id).toBe(sheet?.confidence);
			expect(fact.sources.map((s) => s.url)).toEqual(sheet?.sources.map((s) => s.url));
		}
	});

	it('throws on a citation the fact sheet does not have', () => {
		expect(() => sourcedFact('bg-no-such-fact')).toThrow(/No such fact/);
	});

	it('sends the other language only in parallel mode', () => {
		const single = explainerData(lesson, 'hu', false);
		const paragraphs = single.sections.flatMap((s) => s.paragraphs);
		expect(paragraphs.every((p) => p.translation === undefined)).toBe(true);
		expect(single.sections.every((s) => s.titleOther === undefined)).toBe(true);
		expect(paragraphs[0].text).toContain('Szergej Sojgu');
		const term = Object.values(single.terms)[0];
		expect(Object.keys(term.definition)).toEqual(['hu']);
		expect(Object.keys(term.term).sort()).toEqual(['en', 'hu']);

		const parallel = explainerData(lesson, 'hu', true);
		const pair = parallel.sections[0].paragraphs[0];
		expect(pair.text).toContain('Szergej Sojgu');
		expect(pair.translation).toContain('Sergei Shoigu');
		expect(parallel.sections.every((s) => s.titleOther)).toBe(true);
		expect(Object.keys(Object.values(parallel.terms)[0].definition).sort()).toEqual(['en', 'hu']);
	});

	it('counts sections, paragraphs, facts, terms, people and reading minutes', () => {
		const { stats } = explainerData(lesson, 'en', false);
		expect(stats.sections).toBe(7);
		expect(stats.paragraphs).toBeGreaterThanOrEqual(29);
		expect(stats.terms).toBeGreaterThanOrEqual(25);
		expect(stats.people).toBeGreaterThanOrEqual(6);
		expect(stats.facts).toBe(shownFactIds(lesson).length);
		expect(stats.minutes).toBeGreaterThan(3);
	});
});
