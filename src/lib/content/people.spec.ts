import { describe, expect, it } from 'vitest';
import { people } from './people';
import { findFact } from '$lib/data/cited';
import { langs } from '$lib/i18n/langs';

describe('people', () => {
	it('has a card for the three main people and the others the text relies on', () => {
		const ids = people.map((p) => p.id);
		for (const id of ['shoigu', 'kim-jong-un', 'putin', 'lavrov', 'choe-son-hui', 'krivoruchko'])
			expect(ids).toContain(id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('gives both name forms as the article and English usage write them', () => {
		const byId = Object.fromEntries(people.map((p) => [p.id, p.name]));
		expect(byId.shoigu).toEqual({ hu: 'Szergej Sojgu', en: 'Sergei Shoigu' });
		expect(byId['kim-jong-un']).toEqual({ hu: 'Kim Dzsong-un', en: 'Kim Jong Un' });
		expect(byId.putin).toEqual({ hu: 'Vlagyimir Putyin', en: 'Vladimir Putin' });
	});

	it('has every role in both languages, each backed by a cited fact', () => {
		for (const person of people) {
			expect(person.roles.length).toBeGreaterThan(0);
			for (const role of person.roles) {
				expect(findFact(role.fact), role.fact).toBeDefined();
				for (const lang of langs) expect(role.text[lang].length).toBeGreaterThan(20);
			}
		}
	});
});
