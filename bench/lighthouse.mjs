// Lighthouse 12.8.2 (mobile defaults, simulated throttling) with Debian's Chromium for every page
// type in both languages, against the production build on loopback. Each page gets one warm-up
// run (not counted: it pays for the server's first render and the disk cache) and then three runs
// (LH_RUNS), of which the median by performance score is reported, since a single run swings by
// several points. Prints the four category scores and LCP, CLS and TBT.
// `node bench/lighthouse.mjs [route-substring]` limits the pages.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, startApp } from './lib/app.mjs';
import { buildRoutes, examplePages } from './lib/routes.mjs';
import { isMain, table } from './lib/table.mjs';
import { chromiumArgs, chromiumPath } from './lib/weight.mjs';

const cli = `${root}node_modules/lighthouse/cli/index.js`;

/**
 * One Lighthouse run; resolves with the parsed report (lhr).
 * @param {string} url
 */
function lighthouse(url) {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				cli,
				url,
				'--output=json',
				'--output-path=stdout',
				'--quiet',
				`--chrome-flags=${chromiumArgs.join(' ')}`
			],
			{ env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		child.on('exit', (code) => {
			try {
				resolve(JSON.parse(out));
			} catch {
				reject(new Error(`lighthouse ${url} exited ${code}: ${err.slice(-2000)}`));
			}
		});
	});
}

/**
 * @param {any} lhr
 */
function summary(lhr) {
	const score = (/** @type {string} */ c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
	const audit = (/** @type {string} */ a) => lhr.audits[a]?.numericValue ?? null;
	/** Audits that lost points outside performance, so a score below 100 says why. */
	const failed = Object.values(lhr.categories)
		.filter((/** @type {any} */ c) => c.id !== 'performance')
		.flatMap((/** @type {any} */ c) => c.auditRefs.filter((/** @type {any} */ r) => r.weight > 0))
		.filter((/** @type {any} */ r) => (lhr.audits[r.id]?.score ?? 1) < 1)
		.map((/** @type {any} */ r) => r.id);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: audit('largest-contentful-paint'),
		cls: audit('cumulative-layout-shift'),
		tbtMs: audit('total-blocking-time'),
		failed: [...new Set(failed)],
		runtimeError: lhr.runtimeError?.message ?? null
	};
}

/** @param {{ port?: number, only?: string, runsPerPage?: number }} [options] */
export async function lighthouseAll({
	port = Number(process.env.BENCH_PORT ?? 4206) + 1,
	only,
	runsPerPage = Number(process.env.LH_RUNS ?? 3)
} = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
	const app = await startApp({ port, dataDir });
	try {
		const { found, missing } = await examplePages(app.origin, await buildRoutes(), {
			classroom: true
		});
		const pages = [];
		for (const p of found.filter((p) => !only || p.route.includes(only))) {
			// The median of several runs by performance score, as TBT in particular moves with
			// whatever else the machine is doing.
			await lighthouse(app.origin + p.path);
			const runs = [];
			for (let i = 0; i < runsPerPage; i++)
				runs.push(summary(await lighthouse(app.origin + p.path)));
			runs.sort((a, b) => a.performance - b.performance);
			pages.push({
				...p,
				runs: runs.length,
				performanceRuns: runs.map((r) => r.performance),
				loadavg1m: Number(loadavg()[0].toFixed(2)),
				...runs[Math.floor(runs.length / 2)]
			});
		}
		return { pages, missing };
	} finally {
		await app.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** @param {Awaited<ReturnType<typeof lighthouseAll>>} result */
export function lighthouseTable({ pages, missing }) {
	const ms = (/** @type {number | null} */ n) => (n === null ? '–' : String(Math.round(n)));
	let out = table(
		['page', 'perf', 'runs', 'a11y', 'best', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'load 1m'],
		pages.map((p) => [
			p.path,
			p.performance,
			(p.performanceRuns ?? []).join('/'),
			p.accessibility,
			p.bestPractices,
			p.seo,
			ms(p.lcpMs),
			p.cls === null ? '–' : p.cls.toFixed(3),
			ms(p.tbtMs),
			p.loadavg1m ?? '–'
		])
	);
	for (const p of pages) {
		if (p.failed.length) out += `\n  ${p.path} lost points on: ${p.failed.join(', ')}`;
		if (p.runtimeError) out += `\n  ${p.path} runtime error: ${p.runtimeError}`;
	}
	for (const m of missing) out += `\n  not measured (no example URL found): ${m.route} ${m.lang}`;
	return out;
}

if (isMain(import.meta.url)) {
	console.log(lighthouseTable(await lighthouseAll({ only: process.argv[2] })));
}
