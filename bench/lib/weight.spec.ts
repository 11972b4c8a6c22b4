import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overBudget, sizes } from './weight.mjs';

// The budget check itself, on weights built from real bodies: e2e/budgets.e2e.ts weighs the pages.
const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
const route = '/[lang=lang]/explainer';
const limit = { ...budgets.default, ...budgets.routes[route] }.js as number;
const none = sizes(Buffer.alloc(0));

/** A page that loads `jsBytes` bytes of JavaScript and nothing else. */
function weighing(jsBytes: number) {
	const js = sizes(Buffer.from(Array.from({ length: jsBytes }, (_, i) => i % 251)));
	return { html: none, css: none, js, other: none, chartJs: none, files: [] };
}

describe('overBudget', () => {
	it('passes a page within its budget', () => {
		expect(overBudget(route, weighing(limit / 4), budgets)).toEqual([]);
	});

	it('names the route, the kind and both sizes of a page over its budget', () => {
		const weight = weighing(limit / 4);
		const tight = {
			...budgets,
			routes: { ...budgets.routes, [route]: { ...budgets.routes[route], js: weight.js.gzip - 1 } }
		};
		expect(overBudget(route, weight, tight)).toEqual([
			`${route}: js ${weight.js.gzip} B gzip > budget ${weight.js.gzip - 1} B`
		]);
	});

	it('refuses chart.js on a page that draws no chart, and allows it on one that does', () => {
		const withChart = { ...weighing(100), chartJs: sizes(Buffer.from('Canvas is already in use')) };
		expect(overBudget(route, withChart, budgets)).toEqual([
			expect.stringContaining(`${route}: loads chart.js`)
		]);
		expect(overBudget(budgets.chartJsOnlyOn[0], withChart, budgets)).toEqual([]);
	});
});
