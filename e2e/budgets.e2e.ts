import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildRoutes, examplePages, langs } from '../bench/lib/routes.mjs';
import { overBudget, weighPage } from '../bench/lib/weight.mjs';

// Page-weight budgets (bench/budgets.json) for every page route the build has, in both languages:
// first-load HTML, CSS and JS as a fresh browser fetches them, compressed, and no chart.js outside
// the pages that draw a chart. A regression fails here, in npm test (the check itself is tested in
// bench/lib/weight.spec.ts).
const budgets = JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8'));

test.describe.configure({ mode: 'parallel' });

for (const lang of langs) {
	test(`every ${lang} page stays within its page-weight budget`, async ({ browser, baseURL }) => {
		// About 15 s a language on an idle 2-core machine; much more when it is shared.
		test.setTimeout(360_000);
		const { found, missing } = await examplePages(String(baseURL), await buildRoutes(), {
			classroom: true
		});
		const pages = found.filter((p) => p.lang === lang);
		// The pages every build has; dynamic ones (quizzes/[id] …) join when they are linked.
		for (const path of [
			'',
			'/shoigu-pyongyang-2024/explainer',
			'/shoigu-pyongyang-2024/timeline'
		]) {
			expect(pages.map((p) => p.path)).toContain(`/${lang}${path}`);
		}
		const breaches: string[] = [];
		for (const p of pages) {
			const weight = await weighPage(browser, `${baseURL}${p.path}`);
			expect(weight.html.raw, `${p.path} has HTML`).toBeGreaterThan(0);
			breaches.push(...overBudget(p.route, weight, budgets));
			test.info().annotations.push({
				type: 'weight',
				description: `${p.path}: JS ${weight.js.gzip} B, CSS ${weight.css.gzip} B, HTML ${weight.html.gzip} B gzip`
			});
		}
		for (const m of missing.filter((m) => m.lang === lang)) {
			test.info().annotations.push({ type: 'not measured', description: m.route });
		}
		expect(breaches).toEqual([]);
	});
}
