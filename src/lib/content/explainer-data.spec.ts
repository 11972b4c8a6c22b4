import { describe, expect, it } from 'vitest';
import { explainerData, shownFactIds } from './explainer-data';
import { facts } from './sources';

describe('explainerData', () => {
	it('sends exactly the facts it shows, each with sources', () => {
		const data = explainerData();
		expect(Object.keys(data.facts).sort()).toEqual(shownFactIds().sort());
		for (const fact of Object.values(data.facts)) expect(fact.sources.length).toBeGreaterThan(0);
	});

	it('has no unused fact in the registry', () => {
		expect(Object.keys(facts).sort()).toEqual(shownFactIds().sort());
	});

	it('counts sections, paragraphs, facts, terms and people', () => {
		const { stats } = explainerData();
		expect(stats.sections).toBe(7);
		expect(stats.paragraphs).toBeGreaterThanOrEqual(29);
		expect(stats.terms).toBeGreaterThanOrEqual(25);
		expect(stats.people).toBeGreaterThanOrEqual(6);
		expect(stats.facts).toBe(shownFactIds().length);
	});
});
