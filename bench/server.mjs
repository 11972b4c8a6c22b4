// Server throughput, latency and memory: autocannon against the production build on loopback,
// the answer-save and submit endpoints at 10, 50 and 200 connections, on SQLite and (when
// installed) PostgreSQL, side by side with two references measured in the same run: the app's own
// /healthz (the framework's floor: hooks and routing, no database) and a minimal node:http +
// better-sqlite3 server doing the same upsert (the physical limit of the stack). The machine's
// one-minute load average is kept with every row. `node bench/server.mjs` prints a table.
// BENCH_SECONDS (default 5) per save run, BENCH_SUBMITS (default 1500) submits per run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { root, rss, startApp } from './lib/app.mjs';
import {
	forwardedEnv,
	openDatabase,
	quizQuestions,
	seedClass,
	someAnswer,
	studentEndpoints
} from './lib/classroom.mjs';
import { openStore } from './lib/db.mjs';
import { load } from './lib/load.mjs';
import { startPostgres } from './lib/pg.mjs';
import { buildRoutes } from './lib/routes.mjs';
import { isMain, table } from './lib/table.mjs';

const levels = [10, 50, 200];
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const submitsPerRun = Number(process.env.BENCH_SUBMITS ?? 1500);
const basePort = Number(process.env.BENCH_PORT ?? 4206);

/** @param {number} port @param {string} file */
async function startMinimal(port, file) {
	const child = spawn(
		process.execPath,
		[`${root}bench/lib/minimal-server.mjs`, String(port), file],
		{
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	await new Promise((resolve) => child.stdout.once('data', resolve));
	return {
		origin: `http://127.0.0.1:${port}`,
		pid: /** @type {number} */ (child.pid),
		stop: async () => {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
		}
	};
}

/**
 * Bodies for the runs: saves spread over a class, each with a higher sequence number than the
 * last (so every save writes), and submits of fresh attempts that already hold answers.
 * @param {import('./lib/classroom.mjs').Question[]} questions
 * @param {import('./lib/classroom.mjs').Student[]} students
 */
function saveBodies(questions, students) {
	let n = 0;
	return () => {
		n++;
		const s = students[n % students.length];
		const q = questions[n % questions.length];
		// Same shape as submitBodies: load() reads { body, headers }, and the app (started with
		// ADDRESS_HEADER) needs each simulated student's address.
		return {
			body: {
				token: s.token,
				attemptId: s.attemptId,
				answers: [{ seq: n, questionId: q.id, answer: someAnswer(q, n, s.dealtFor?.(s.attemptId)) }]
			},
			headers: { 'x-forwarded-for': s.ip ?? '127.0.0.1' }
		};
	};
}

/** @param {import('./lib/classroom.mjs').Student[]} pool */
function submitBodies(pool) {
	let n = 0;
	return () => {
		const s = pool[n++ % pool.length];
		return {
			body: { token: s.token, attemptId: s.attemptId, lang: s.lang },
			headers: { 'x-forwarded-for': s.ip }
		};
	};
}

/**
 * Saves every question's answer for each student in one request, 20 at a time, so the attempts
 * exist and have answers before they are submitted. The bare server's students have no deal and
 * no address of their own.
 * @param {string} url @param {import('./lib/classroom.mjs').Question[]} questions
 * @param {(Omit<import('./lib/classroom.mjs').Student, 'ip' | 'dealtFor'> & Partial<import('./lib/classroom.mjs').Student>)[]} students
 */
async function prepareAttempts(url, questions, students) {
	let next = 0;
	let failed = 0;
	const worker = async () => {
		while (next < students.length) {
			const s = students[next++];
			const body = {
				token: s.token,
				attemptId: s.attemptId,
				answers: questions.map((q, i) => ({
					seq: i + 1,
					questionId: q.id,
					answer: someAnswer(q, i, s.dealtFor?.(s.attemptId))
				}))
			};
			const res = await fetch(url, {
				method: 'POST',
				// The app takes the client address from this header (ADDRESS_HEADER); without it, a 500.
				headers: { 'content-type': 'application/json', 'x-forwarded-for': s.ip ?? '127.0.0.1' },
				body: JSON.stringify(body)
			});
			await res.arrayBuffer();
			if (!res.ok) failed++;
		}
	};
	await Promise.all(Array.from({ length: 20 }, worker));
	return failed;
}

/**
 * One database kind: the app and the minimal server, both endpoints, every level.
 * @param {'sqlite' | 'postgres'} kind @param {string | undefined} databaseUrl
 */
async function benchOne(kind, databaseUrl) {
	const dataDir = mkdtempSync(join(tmpdir(), `bench-server-${kind}-`));
	const env = { ...forwardedEnv, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
	const app = await startApp({ port: basePort + 1, dataDir, env });
	const minimal = await startMinimal(basePort + 2, join(dataDir, 'minimal.sqlite'));
	/** @type {any[]} */
	const rows = [];
	const notes = [];
	try {
		const routes = await buildRoutes();
		const { save, submit } = studentEndpoints(routes);
		const hasHealthz = routes.some((r) => r.id === '/healthz');
		if (!hasHealthz) notes.push(`${kind}: the build has no /healthz; no framework floor measured`);
		/** @type {Map<number, any>} */
		const floors = new Map();
		if (!save || !submit) {
			notes.push(
				`${kind}: the build has no ${!save ? 'answer-save' : 'submit'} endpoint yet; only the minimal server was measured`
			);
		}
		const quizIds = ['article', 'context', 'data', 'words'];
		const perQuiz = await Promise.all(quizIds.map((q) => quizQuestions(q)));
		const questions = perQuiz.flat();
		const usedQuizzes = quizIds.filter((_, i) => perQuiz[i].length > 0);
		if (save && !questions.length)
			notes.push(`${kind}: no quiz questions found in the quiz pages' data`);
		// The first request opens and migrates the database; then the class is seeded into it.
		if (save) await openDatabase(app.origin + save);
		const store = save ? await openStore({ dataDir, databaseUrl, readonly: false }) : null;
		const ready = store && questions.length;
		const seed = async (/** @type {number} */ count) =>
			ready ? (await seedClass(store, { count, quizIds: usedQuizzes })).students : [];
		const saveClass = await seed(400);
		const fake = Array.from({ length: 400 }, (_, i) => ({
			token: 'T'.repeat(43),
			participantId: '',
			attemptId: crypto.randomUUID(),
			lang: /** @type {const} */ (i % 2 ? 'en' : 'hu')
		}));
		const qs = questions.length
			? questions
			: [{ id: 'q1', type: 'single', options: [{ id: 'a' }] }];
		await sleep(500);
		const idle = { app: rss(app.pid), minimal: rss(minimal.pid) };
		// Warm-up, not counted: lets V8 compile the hot paths of both servers.
		await load({
			url: minimal.origin + '/save',
			connections: 10,
			seconds: 1,
			next: saveBodies(qs, fake)
		});
		if (ready)
			await load({
				url: app.origin + save,
				connections: 10,
				seconds: 1,
				next: saveBodies(qs, saveClass)
			});

		if (hasHealthz) await load({ url: app.origin + '/healthz', connections: 10, seconds: 1 });

		for (const connections of levels) {
			const floor = hasHealthz
				? await load({ url: app.origin + '/healthz', connections, seconds, pid: app.pid })
				: null;
			floors.set(connections, floor);
			const m = await load({
				url: minimal.origin + '/save',
				connections,
				seconds,
				next: saveBodies(qs, fake),
				pid: minimal.pid
			});
			const a = ready
				? await load({
						url: app.origin + save,
						connections,
						seconds,
						next: saveBodies(qs, saveClass),
						pid: app.pid
					})
				: null;
			rows.push({
				db: kind,
				endpoint: 'save',
				connections,
				app: a,
				floor,
				minimal: m,
				load1m: load1m()
			});
		}
		if (databaseUrl && ready) {
			rows.push(...(await twoProcessSaves(app, { save, dataDir, env, qs, students: saveClass })));
		}
		for (const connections of levels) {
			const pool = await seed(submitsPerRun);
			// The bare server's attempts get the same answers as the app's, one fresh attempt per
			// submit, so that both read and grade as many rows.
			const fakePool = Array.from({ length: submitsPerRun }, (_, i) => ({
				...fake[i % fake.length],
				attemptId: crypto.randomUUID()
			}));
			await prepareAttempts(minimal.origin + '/save', qs, fakePool);
			const unprepared = ready ? await prepareAttempts(app.origin + save, qs, pool) : 0;
			if (unprepared)
				notes.push(`${kind}: ${unprepared} attempts could not be prepared for submit`);
			const m = await load({
				url: minimal.origin + '/submit',
				connections,
				amount: submitsPerRun,
				next: submitBodies(fakePool),
				pid: minimal.pid
			});
			const a =
				ready && submit
					? await load({
							url: app.origin + submit,
							connections,
							amount: submitsPerRun,
							next: submitBodies(pool),
							pid: app.pid
						})
					: null;
			rows.push({
				db: kind,
				endpoint: 'submit',
				connections,
				app: a,
				floor: floors.get(connections) ?? null,
				minimal: m,
				load1m: load1m()
			});
		}
		await store?.close();
		return { kind, idle, rows, notes };
	} finally {
		await app.stop();
		await minimal.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/**
 * Scale-out on PostgreSQL: a second app process on the same database, each process taking half
 * the connections and half the class, as a round-robin balancer would share them. The two loads
 * run at once; their throughputs add up and the worse p99 is kept. No balancer in between, so the
 * figures are the processes' own (nginx's share is in e2e/scale-out.e2e.ts, not timed).
 * @param {{ pid: number, origin: string }} first
 * @param {{ save: string, dataDir: string, env: Record<string, string>, qs: any[], students: import('./lib/classroom.mjs').Student[] }} o
 */
async function twoProcessSaves(first, { save, dataDir, env, qs, students }) {
	const second = await startApp({ port: basePort + 4, dataDir, env });
	const halves = [0, 1].map((h) => students.filter((_, i) => i % 2 === h));
	const apps = [first, second];
	try {
		/** @type {any[]} */
		const rows = [];
		for (const connections of levels) {
			const runs = await Promise.all(
				apps.map((app, h) =>
					load({
						url: app.origin + save,
						connections: connections / 2,
						seconds,
						next: saveBodies(qs, halves[h]),
						pid: app.pid
					})
				)
			);
			const sum = (/** @type {string} */ k) => runs.reduce((n, r) => n + r[k], 0);
			const app = {
				rps: sum('rps'),
				p50ms: Math.max(...runs.map((r) => r.p50ms)),
				p99ms: Math.max(...runs.map((r) => r.p99ms)),
				non2xx: sum('non2xx'),
				errors: sum('errors'),
				timeouts: sum('timeouts'),
				peakRssBytes: sum('peakRssBytes')
			};
			rows.push({
				db: 'postgres',
				endpoint: 'save, 2 processes',
				connections,
				app,
				load1m: load1m()
			});
		}
		return rows;
	} finally {
		await second.stop();
	}
}

export async function serverBench() {
	const results = [await benchOne('sqlite', undefined)];
	const skipPg = Boolean(process.env.BENCH_NO_PG);
	const pg = skipPg ? null : startPostgres(basePort + 3);
	if (pg) {
		try {
			results.push(await benchOne('postgres', pg.url));
		} finally {
			pg.stop();
		}
	} else {
		results.push({
			kind: 'postgres',
			idle: { app: null, minimal: null },
			rows: [],
			notes: [
				skipPg
					? 'postgres: skipped (BENCH_NO_PG)'
					: 'postgres: not installed (no initdb); not measured'
			]
		});
	}
	return results;
}

const mb = (/** @type {number | null | undefined} */ n) => (n ? (n / 1e6).toFixed(0) : '–');
const load1m = () => Number(loadavg()[0].toFixed(2));
const ratio = (/** @type {any} */ a, /** @type {any} */ b) =>
	a && b ? (a.rps / b.rps).toFixed(2) : '–';

/** @param {Awaited<ReturnType<typeof serverBench>>} results */
export function serverTable(results) {
	const rows = results.flatMap((r) =>
		r.rows.map((/** @type {any} */ x) => [
			`${x.db} ${x.endpoint}`,
			x.connections,
			x.app ? x.app.rps : '–',
			x.app ? x.app.p50ms : '–',
			x.app ? x.app.p99ms : '–',
			x.app ? x.app.non2xx + x.app.errors + x.app.timeouts : '–',
			x.floor ? x.floor.rps : '–',
			x.floor ? x.floor.p99ms : '–',
			ratio(x.app, x.floor),
			x.minimal ? x.minimal.rps : '–',
			x.minimal ? x.minimal.p99ms : '–',
			ratio(x.app, x.minimal),
			x.app ? mb(x.app.peakRssBytes) : '–',
			x.load1m ?? '–'
		])
	);
	let out = table(
		[
			'db endpoint',
			'conns',
			'app req/s',
			'p50 ms',
			'p99 ms',
			'failed',
			'/healthz req/s',
			'p99',
			'app/floor',
			'bare req/s',
			'p99',
			'app/bare',
			'app RSS MB',
			'load 1m'
		],
		rows
	);
	for (const r of results) {
		out += `\n  ${r.kind}: resident memory idle: app ${mb(r.idle.app)} MB, minimal server ${mb(r.idle.minimal)} MB`;
		for (const n of r.notes) out += `\n  ${n}`;
	}
	return out;
}

if (isMain(import.meta.url)) {
	console.log(serverTable(await serverBench()));
}
