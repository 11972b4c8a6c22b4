import { describe, expect, it } from 'vitest';
import { keyFigures } from './key-figures';

describe('key figures', () => {
	it('show the sheet’s numbers in each language, each with a source', () => {
		const en = keyFigures('en');
		expect(en.map((f) => f.value)).toEqual(['16,500+', '11,000–12,000', '34.4']);
		const hu = keyFigures('hu');
		expect(hu.map((f) => f.value)).toEqual(['16\u00a0500+', '11\u00a0000–12\u00a0000', '34,4']);
		for (const figure of [...en, ...hu]) {
			expect(figure.source.url).toMatch(/^https:\/\//);
			expect(figure.source.publisher.length).toBeGreaterThan(1);
		}
	});
});
