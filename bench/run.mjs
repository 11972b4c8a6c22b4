// npm run bench: page weight, Lighthouse and server throughput in one go; prints the tables and
// writes bench/results.json with the machine they were measured on.
// `node bench/run.mjs weight,server` runs a subset (weight, lighthouse, server); the parts not run
// keep their earlier figures in bench/results.json, each part with its own date and machine.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { root } from './lib/app.mjs';
import { lighthouseAll, lighthouseTable } from './lighthouse.mjs';
import { pageWeights, weightTable } from './page-weight.mjs';
import { serverBench, serverTable } from './server.mjs';

const parts = (process.argv[2] ?? 'weight,lighthouse,server').split(',');
const machine = () => ({
	cpus: cpus().length,
	cpuModel: cpus()[0]?.model,
	memoryGB: Math.round(totalmem() / 1e9),
	node: process.version,
	loadavg1m: Number(loadavg()[0].toFixed(2))
});

const file = `${root}bench/results.json`;
/** @type {Record<string, any>} */
const earlier = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
/** @type {Record<string, any>} */
const results = { ...earlier, date: new Date().toISOString(), machine: machine() };
/** When and on what a part was measured, kept beside its figures. */
const measured = () => ({ measuredAt: new Date().toISOString(), machine: machine() });
let failed = false;

if (parts.includes('weight')) {
	const w = await pageWeights();
	console.log(`\nPage weight on first load (node bench/page-weight.mjs)\n${weightTable(w)}`);
	results.pageWeight = {
		...measured(),
		...w,
		pages: w.pages.map(({ files, ...p }) => ({ ...p, files: files.length }))
	};
	failed ||= w.pages.some((p) => p.breaches.length > 0);
}
if (parts.includes('lighthouse')) {
	const l = await lighthouseAll({ only: process.env.LH_ONLY });
	console.log(
		`\nLighthouse 12.8.2, mobile, median of three runs after a warm-up (node bench/lighthouse.mjs)\n${lighthouseTable(l)}`
	);
	results.lighthouse = { ...measured(), ...l, loadavg1mAfter: Number(loadavg()[0].toFixed(2)) };
}
if (parts.includes('server')) {
	const s = await serverBench();
	console.log(`\nServer on loopback, autocannon 9 (node bench/server.mjs)\n${serverTable(s)}`);
	results.server = { ...measured(), results: s, loadavg1mAfter: Number(loadavg()[0].toFixed(2)) };
}

writeFileSync(file, JSON.stringify(results, null, '\t') + '\n');
console.log(`\nMachine: ${JSON.stringify(results.machine)}. Written to bench/results.json.`);
if (failed) process.exitCode = 1;
