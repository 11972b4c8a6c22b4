// Page weight of every page route in both languages on first load, from the production build
// served as `npm start` serves it (`scripts/serve.js`) on loopback. `node bench/page-weight.mjs` prints a table; run.mjs
// collects the same figures into bench/results.json.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root, startApp } from './lib/app.mjs';
import { buildRoutes, examplePages } from './lib/routes.mjs';
import { isMain, kb, table } from './lib/table.mjs';
import { chromiumArgs, chromiumPath, overBudget, weighPage } from './lib/weight.mjs';

export const budgets = JSON.parse(readFileSync(`${root}bench/budgets.json`, 'utf8'));

/** @param {{ port?: number }} [options] */
export async function pageWeights({ port = Number(process.env.BENCH_PORT ?? 4206) } = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-weight-'));
	const app = await startApp({ port, dataDir });
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const { found, missing } = await examplePages(app.origin, await buildRoutes(), {
			classroom: true
		});
		const pages = [];
		for (const p of found) {
			const w = await weighPage(browser, app.origin + p.path);
			const { files, ...totals } = w;
			pages.push({ ...p, ...totals, files, breaches: overBudget(p.route, w, budgets) });
		}
		return { pages, missing };
	} finally {
		await browser.close();
		await app.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** @param {Awaited<ReturnType<typeof pageWeights>>} result */
export function weightTable({ pages, missing }) {
	const rows = pages.map((p) => [
		p.path,
		kb(p.html.gzip),
		kb(p.css.gzip),
		kb(p.js.raw),
		kb(p.js.gzip),
		kb(p.js.brotli),
		kb(p.chartJs.gzip),
		kb(p.html.gzip + p.css.gzip + p.js.gzip + p.other.gzip),
		p.breaches.length ? 'OVER' : 'ok'
	]);
	let out = table(
		[
			'page (kB, gzip unless raw/br)',
			'HTML',
			'CSS',
			'JS raw',
			'JS gz',
			'JS br',
			'chart.js',
			'total gz',
			'budget'
		],
		rows
	);
	for (const p of pages) {
		for (const b of p.breaches) out += `\n  over budget: ${b}`;
		if (p.breaches.length) {
			// The biggest files, to see at once what grew.
			const top = [...p.files].sort((a, b) => b.gzip - a.gzip).slice(0, 4);
			out += `\n    biggest: ${top.map((f) => `${f.url} ${kb(f.gzip)} kB`).join(', ')}`;
		}
	}
	for (const m of missing) out += `\n  not measured (no example URL found): ${m.route} ${m.lang}`;
	return out;
}

if (isMain(import.meta.url)) {
	const result = await pageWeights();
	console.log(weightTable(result));
	if (result.pages.some((p) => p.breaches.length)) process.exitCode = 1;
}
