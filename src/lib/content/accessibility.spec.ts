import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statement, testedPages } from './accessibility';

/** Every page route of the app, from the files SvelteKit routes: `/[lang]/[lesson]/guide`, … */
function pageRoutes(dir = 'src/routes'): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...pageRoutes(path));
		else if (name === '+page.svelte') {
			const route = relative('src/routes', dir).split(sep).filter(Boolean);
			out.push(
				'/' +
					route
						.filter((part) => !/^\(.*\)$/.test(part)) // layout groups add nothing to the URL
						.map((part) => part.replace(/^\[(\w+)=\w+\]$/, '[$1]'))
						.join('/')
			);
		}
	}
	return out.map((r) => r.replace(/\/$/, '') || '/');
}

describe('accessibility statement', () => {
	it('lists exactly the pages the site has', () => {
		expect(testedPages.map((p) => p.route).sort()).toEqual(pageRoutes().sort());
	});

	it('is complete in both languages', () => {
		const texts = [
			...Object.values(statement).flatMap((v) => (Array.isArray(v) ? v : [v])),
			...testedPages.map((p) => p.name)
		];
		for (const text of texts) {
			expect(text.hu.trim()).not.toBe('');
			expect(text.en.trim()).not.toBe('');
			expect(text.hu).not.toBe(text.en);
		}
	});
});
