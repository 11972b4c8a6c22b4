// npm run soak: faults and the long bad-input run, bounded in time and count, loopback only.
//  1. Kill and restart: simulated students save answers and submit while the server is killed
//     with SIGKILL and restarted; afterwards every acknowledged answer and submission must be in
//     the database, no attempt corrupted (counts: sent, acknowledged, stored, lost = 0).
//  2. Full disk (a small tmpfs) and a read-only database (a read-only bind mount): the app must
//     answer with a clear error, stay up, and work again once the cause is removed. Needs root
//     for mount(8); skipped with a note otherwise.
//  3. Bad input, long: the fast-check properties of e2e/bad-input.e2e.ts with many more runs.
// SOAK_SECONDS (default 45), SOAK_STUDENTS (40), SOAK_MAX_KILLS (15), SOAK_ANSWERS_PER_ATTEMPT (6),
// SOAK_BAD_INPUT_RUNS (300).
//  4. Memory: a burst of 500 page requests at once; resident memory must return within 1.5× of idle.
// The bad-input run (3) goes to SQLite and, when PostgreSQL is installed, to a throwaway
// PostgreSQL server too. Pick parts with an argument: `node bench/soak.mjs bad,bad-pg,memory`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rss, startApp } from './lib/app.mjs';
import { fetchSender, fuzzEndpoints, fuzzForms, fuzzPaths, resets } from './lib/bad-input.mjs';
import {
	forwardedEnv,
	openDatabase,
	quizQuestions,
	seedClass,
	someAnswer,
	studentEndpoints
} from './lib/classroom.mjs';
import { openStore } from './lib/db.mjs';
import { startPostgres } from './lib/pg.mjs';
import { buildRoutes } from './lib/routes.mjs';
import { isMain } from './lib/table.mjs';

const port = Number(process.env.SOAK_PORT ?? 4208);
const soakSeconds = Number(process.env.SOAK_SECONDS ?? 45);
const studentCount = Number(process.env.SOAK_STUDENTS ?? 40);
const maxKills = Number(process.env.SOAK_MAX_KILLS ?? 15);
const badInputRuns = Number(process.env.SOAK_BAD_INPUT_RUNS ?? 300);
const answersPerAttempt = Number(process.env.SOAK_ANSWERS_PER_ATTEMPT ?? 6);
const quizIds = ['article', 'context', 'data', 'words'];

/** POST JSON; network errors come back as status 0. */
async function post(
	/** @type {string} */ url,
	/** @type {unknown} */ body,
	/** @type {string} */ ip = '127.0.0.1',
	timeoutMs = 10_000
) {
	try {
		const res = await fetch(url, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				accept: 'application/json',
				'x-forwarded-for': ip
			},
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(timeoutMs)
		});
		const text = await res.text();
		return { status: res.status, text };
	} catch (error) {
		return { status: 0, text: String(/** @type {Error} */ (error).cause ?? error) };
	}
}

/** The app, the questions and a seeded class in a fresh data dir. */
async function setUp(/** @type {string} */ dataDir, /** @type {number} */ count) {
	const routes = await buildRoutes();
	const { save, submit } = studentEndpoints(routes);
	if (!save || !submit) return { error: 'the build has no answer-save or submit endpoint yet' };
	const app = await startApp({ port, dataDir, env: forwardedEnv });
	const perQuiz = await Promise.all(quizIds.map((q) => quizQuestions(q)));
	const questions = perQuiz.flat();
	if (!questions.length) {
		await app.stop();
		return { error: "no quiz questions in the quiz pages' data" };
	}
	await openDatabase(app.origin + save);
	const store = await openStore({ dataDir, readonly: false });
	if (!store) {
		await app.stop();
		return { error: 'the app made no SQLite database in DATA_DIR' };
	}
	const { students } = await seedClass(store, {
		count,
		quizIds: quizIds.filter((_, i) => perQuiz[i].length)
	});
	await store.close();
	return { app, save, submit, questions, students };
}

/** 1. Students work while the server is killed and restarted. */
export async function killAndRestart() {
	const dataDir = mkdtempSync(join(tmpdir(), 'soak-kill-'));
	const setup = await setUp(dataDir, studentCount);
	if ('error' in setup) return { skipped: setup.error };
	let { app } = setup;
	const { save, submit, questions, students } = setup;
	const origin = app.origin;
	const counts = {
		answersSent: 0,
		answerRequests: 0,
		answersAcknowledged: 0,
		submitsSent: 0,
		submitRequests: 0,
		submitsAcknowledged: 0,
		kills: 0,
		restarts: 0
	};
	/** @type {Array<{ attemptId: string, questionId: string, seq: number }>} */
	const ackedAnswers = [];
	/** @type {Array<{ attemptId: string, body: string }>} */
	const ackedSubmits = [];
	/** @type {string[]} */
	const unexpected = [];
	const deadline = Date.now() + soakSeconds * 1000;
	let running = true;

	/** Sends until acknowledged (2xx), retrying the same body after a dropped connection or a 5xx, as the browser's queue does. */
	const deliver = async (
		/** @type {string} */ url,
		/** @type {unknown} */ body,
		/** @type {'answer' | 'submit'} */ kind,
		/** @type {string} */ ip
	) => {
		for (let attempt = 0; Date.now() < deadline + 20_000; attempt++) {
			counts[kind === 'answer' ? 'answerRequests' : 'submitRequests']++;
			const r = await post(url, body, ip);
			if (r.status >= 200 && r.status < 300) return r;
			if (r.status >= 400 && r.status < 500 && r.status !== 429) {
				unexpected.push(`${kind} ${r.status} ${r.text.slice(0, 160)}`);
				return null;
			}
			await sleep(Math.min(1000, 50 * 2 ** Math.min(attempt, 5)));
		}
		return null;
	};

	const student = async (/** @type {import('./lib/classroom.mjs').Student} */ s) => {
		let attemptId = s.attemptId;
		let seq = 0;
		for (let round = 0; running && round < 10; round++) {
			// A few answers per attempt, then submit: both kinds of write meet the kills often.
			const offset = Math.floor(Math.random() * questions.length);
			for (let i = 0; running && i < answersPerAttempt; i++) {
				const q = questions[(offset + i) % questions.length];
				const body = {
					token: s.token,
					attemptId,
					answers: [
						{ seq: ++seq, questionId: q.id, answer: someAnswer(q, seq, s.dealtFor(attemptId)) }
					]
				};
				counts.answersSent++;
				const r = await deliver(origin + save, body, 'answer', s.ip);
				if (r) {
					counts.answersAcknowledged++;
					ackedAnswers.push({ attemptId, questionId: q.id, seq });
				}
				await sleep(20 + Math.random() * 80); // a student thinks a little
			}
			if (!running) break;
			counts.submitsSent++;
			const r = await deliver(
				origin + submit,
				{ token: s.token, attemptId, lang: s.lang },
				'submit',
				s.ip
			);
			if (r) {
				counts.submitsAcknowledged++;
				ackedSubmits.push({ attemptId, body: r.text });
			}
			attemptId = randomUUID();
			seq = 0;
		}
	};

	const killer = async () => {
		while (Date.now() < deadline && counts.kills < maxKills) {
			await sleep(1500 + Math.random() * 2500);
			if (Date.now() >= deadline) break;
			await app.kill();
			counts.kills++;
			await sleep(200 + Math.random() * 800);
			app = await startApp({ port, dataDir, env: forwardedEnv });
			counts.restarts++;
		}
	};

	const started = Date.now();
	const stopper = sleep(soakSeconds * 1000).then(() => (running = false));
	await Promise.all([killer(), stopper, ...students.map(student)]);
	const elapsedS = (Date.now() - started) / 1000;
	await app.stop();

	// What is really in the database now.
	const store = /** @type {import('./lib/db.mjs').Store} */ (await openStore({ dataDir }));
	let answersStored = 0;
	/** @type {string[]} */
	const lost = [];
	for (const a of ackedAnswers) {
		const [row] = await store.query(
			'SELECT seq FROM answers WHERE attempt_id = ? AND question_id = ?',
			[a.attemptId, a.questionId]
		);
		if (row && Number(row.seq) >= a.seq) answersStored++;
		else lost.push(`answer ${a.attemptId}/${a.questionId}#${a.seq}`);
	}
	let submitsStored = 0;
	for (const s of ackedSubmits) {
		const [row] = await store.query(
			'SELECT submitted_at, score, max_score, results FROM attempts WHERE id = ?',
			[s.attemptId]
		);
		// The score the student was told must be the one stored.
		const told = (() => {
			try {
				return JSON.parse(s.body).score;
			} catch {
				return undefined;
			}
		})();
		const sameScore = told === undefined || Number(row?.score) === Number(told);
		if (row?.submitted_at && row.score !== null && row.results && sameScore) submitsStored++;
		else lost.push(`submit ${s.attemptId}`);
	}
	const integrity = (await store.query('PRAGMA integrity_check'))
		.map((r) => r.integrity_check)
		.join(', ');
	const foreignKeys = (await store.query('PRAGMA foreign_key_check')).length;
	const corrupt = await store.query(
		`SELECT id FROM attempts WHERE (submitted_at IS NOT NULL AND (score IS NULL OR results IS NULL))
			OR (submitted_at IS NULL AND score IS NOT NULL)`
	);
	const overAnswered = await store.query(
		`SELECT a.attempt_id FROM answers a LEFT JOIN attempts t ON t.id = a.attempt_id WHERE t.id IS NULL`
	);
	await store.close();
	rmSync(dataDir, { recursive: true, force: true });
	return {
		seconds: Math.round(elapsedS),
		students: students.length,
		questions: questions.length,
		...counts,
		answersStored,
		submitsStored,
		lost: lost.length,
		lostExamples: lost.slice(0, 5),
		unexpected4xx: unexpected.length,
		unexpectedExamples: unexpected.slice(0, 5),
		integrity,
		foreignKeyViolations: foreignKeys,
		corruptAttempts: corrupt.length + overAnswered.length,
		ok:
			lost.length === 0 &&
			integrity === 'ok' &&
			foreignKeys === 0 &&
			corrupt.length + overAnswered.length === 0 &&
			counts.answersAcknowledged > 0 &&
			counts.kills > 0
	};
}

const mount = (/** @type {string[]} */ args) =>
	execFileSync('mount', args, { stdio: ['ignore', 'ignore', 'pipe'] });
const umount = (/** @type {string} */ dir) => {
	try {
		execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
	} catch {
		// already gone
	}
};

/** Saves answers of one student until one fails or count are done; returns the replies' statuses and the first failure. */
async function trySaves(
	/** @type {any} */ setup,
	/** @type {number} */ count,
	/** @type {number} */ from
) {
	const s = setup.students[0];
	/** @type {Array<{ status: number, text: string }>} */
	const replies = [];
	for (let i = 0; i < count; i++) {
		const q = setup.questions[i % setup.questions.length];
		replies.push(
			await post(setup.app.origin + setup.save, {
				token: s.token,
				attemptId: s.attemptId,
				answers: [
					{
						seq: from + i,
						questionId: q.id,
						answer: someAnswer(q, from + i, s.dealtFor(s.attemptId))
					}
				]
			})
		);
	}
	return replies;
}

/** A failure reply counts as clear when it is a 4xx/5xx other than 500, with a readable message. */
const clear = (/** @type {{ status: number, text: string }} */ r) =>
	r.status >= 400 && r.status !== 500 && /\p{L}{4}/u.test(r.text);

/** 2a. The disk fills up under the database, then space comes back. */
export async function fullDisk() {
	if (process.getuid?.() !== 0) return { skipped: 'needs root for a tmpfs mount' };
	const dir = mkdtempSync(join(tmpdir(), 'soak-full-'));
	try {
		mount(['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir]);
	} catch (e) {
		return { skipped: `mount failed: ${String(e).slice(0, 100)}` };
	}
	const setup = await setUp(dir, 2);
	if ('error' in setup) {
		umount(dir);
		return { skipped: setup.error };
	}
	try {
		const before = await trySaves(setup, 5, 1);
		// Fill every byte that is left.
		const filler = join(dir, 'filler');
		const fd = openSync(filler, 'w');
		const chunk = Buffer.alloc(64 * 1024, 1);
		try {
			for (;;) writeSync(fd, chunk);
		} catch {
			// ENOSPC: full
		}
		try {
			for (;;) writeSync(fd, chunk.subarray(0, 512));
		} catch {
			// really full
		}
		closeSync(fd);
		const during = await trySaves(setup, 30, 100);
		const failures = during.filter((r) => r.status < 200 || r.status >= 300);
		rmSync(filler);
		await sleep(200);
		const after = await trySaves(setup, 5, 1000);
		const alive = (await fetch(setup.app.origin + '/en')).status === 200;
		return {
			savedBefore: before.filter((r) => r.status < 300).length,
			failedWhileFull: failures.length,
			statusesWhileFull: [...new Set(failures.map((r) => r.status))],
			exampleWhileFull: failures[0]?.text.slice(0, 200) ?? null,
			allFailuresClear: failures.every(clear),
			savedAfterSpaceReturned: after.filter((r) => r.status >= 200 && r.status < 300).length,
			serverStayedUp: alive,
			ok: alive && failures.every(clear) && after.every((r) => r.status >= 200 && r.status < 300),
			// What the server logged, to see which fault an unclear answer came from.
			serverLogTail: failures.every(clear) ? undefined : setup.app.log().slice(-1200)
		};
	} finally {
		await setup.app.stop();
		umount(dir);
		rmSync(dir, { recursive: true, force: true });
	}
}

/** 2b. The database's folder is read-only when the server starts (say, a restore with the wrong mount), then becomes writable. */
export async function readOnlyDatabase() {
	if (process.getuid?.() !== 0) return { skipped: 'needs root for a read-only bind mount' };
	const real = mkdtempSync(join(tmpdir(), 'soak-ro-'));
	const view = `${real}-view`;
	mkdirSync(view);
	const setup = await setUp(real, 2);
	if ('error' in setup) return { skipped: setup.error };
	await setup.app.stop();
	try {
		mount(['--bind', real, view]);
		mount(['-o', 'remount,bind,ro', view]);
	} catch (e) {
		return { skipped: `bind mount failed: ${String(e).slice(0, 100)}` };
	}
	let app = null;
	try {
		app = await startApp({ port, dataDir: view, env: forwardedEnv });
		const ro = { ...setup, app };
		const during = await trySaves(ro, 5, 1);
		const alive = (await fetch(app.origin + '/en')).status === 200;
		mount(['-o', 'remount,bind,rw', view]);
		await sleep(200);
		const afterNoRestart = await trySaves(ro, 5, 100);
		let recoveredWithoutRestart = afterNoRestart.every((r) => r.status >= 200 && r.status < 300);
		let afterRestart = null;
		if (!recoveredWithoutRestart) {
			await app.stop();
			app = await startApp({ port, dataDir: view, env: forwardedEnv });
			afterRestart = await trySaves({ ...setup, app }, 5, 200);
		}
		const failures = during.filter((r) => r.status < 200 || r.status >= 300);
		return {
			failedWhileReadOnly: failures.length,
			statusesWhileReadOnly: [...new Set(failures.map((r) => r.status))],
			exampleWhileReadOnly: failures[0]?.text.slice(0, 200) ?? null,
			allFailuresClear: failures.every(clear),
			serverStayedUp: alive,
			recoveredWithoutRestart,
			recoveredAfterRestart: afterRestart
				? afterRestart.every((r) => r.status >= 200 && r.status < 300)
				: null,
			ok:
				failures.length === during.length &&
				failures.every(clear) &&
				alive &&
				(recoveredWithoutRestart || !!afterRestart?.every((r) => r.status >= 200 && r.status < 300))
		};
	} finally {
		await app?.stop();
		umount(view);
		rmSync(view, { recursive: true, force: true });
		rmSync(real, { recursive: true, force: true });
	}
}

/**
 * 3. The bad-input properties with many runs; rejected requests must leave nothing in the
 * database. On SQLite, and on PostgreSQL when it is installed (its server refused inputs SQLite
 * took: a 2^31 seq, NUL in text).
 * @param {{ databaseUrl?: string }} [o]
 */
export async function badInputLong({ databaseUrl } = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'soak-bad-'));
	const app = await startApp({
		port,
		dataDir,
		env: databaseUrl ? { DATABASE_URL: databaseUrl } : {}
	});
	try {
		const routes = await buildRoutes();
		const send = fetchSender(app.origin);
		const paths = await fuzzPaths(send, badInputRuns, app.origin);
		const endpoints = await fuzzEndpoints(send, routes, badInputRuns, app.origin);
		const forms = await fuzzForms(send, routes, Math.ceil(badInputRuns / 3), app.origin);
		const store = await openStore({ dataDir, databaseUrl });
		const stored = [];
		if (store) {
			for (const m of [...endpoints.rejected, ...forms.rejected]) {
				for (const t of await store.tablesContaining(m)) stored.push(`${m} in ${t}`);
			}
			await store.close();
		}
		const fiveXx = [paths.byStatus, endpoints.byStatus, forms.byStatus]
			.flatMap((byStatus) => Object.entries(byStatus))
			.filter(([status]) => Number(status) >= 500)
			.reduce((sum, [, n]) => sum + n, 0);
		return {
			database: databaseUrl ? 'postgres' : 'sqlite',
			requests: paths.requests + endpoints.requests + forms.requests,
			fiveXx,
			connectionResetsSentAgain: resets.count,
			paths: paths.byStatus,
			endpoints: {
				targets: endpoints.targets,
				byStatus: endpoints.byStatus,
				accepted: endpoints.accepted.length
			},
			forms: { targets: forms.targets, byStatus: forms.byStatus },
			storedFromRejected: stored.length,
			ok: fiveXx === 0 && stored.length === 0 && endpoints.accepted.length === 0
		};
	} finally {
		await app.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/**
 * 4. Memory after a burst: `SOAK_BURST` (500) requests at once for the explainer, then the
 * server's resident memory must come back within 1.5× of its idle figure (taken after warm-up
 * renders, so that compiled code and caches count as idle). It once went from 55 MB to 2 GB and stayed.
 */
export async function memoryBurst() {
	const dataDir = mkdtempSync(join(tmpdir(), 'soak-mem-'));
	const app = await startApp({ port, dataDir });
	const burst = Number(process.env.SOAK_BURST ?? 500);
	const page = `${app.origin}/en/shoigu-pyongyang-2024/explainer`;
	const get = (/** @type {string} */ encoding) =>
		fetch(page, { headers: { 'accept-encoding': encoding }, signal: AbortSignal.timeout(300_000) })
			.then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength }))
			.catch((e) => ({ status: 0, bytes: 0, error: String(e) }));
	try {
		for (let i = 0; i < 30; i++) await get(['br', 'gzip', 'identity'][i % 3]);
		await sleep(2000);
		const idle = rss(app.pid) ?? 0;
		let peak = idle;
		const sampler = setInterval(() => (peak = Math.max(peak, rss(app.pid) ?? 0)), 200);
		const started = Date.now();
		const replies = await Promise.all(
			Array.from({ length: burst }, (_, i) => get(['br', 'gzip', 'identity'][i % 3]))
		);
		clearInterval(sampler);
		const burstSeconds = (Date.now() - started) / 1000;
		// Memory is given back when the garbage collector runs: wait for that, up to 60 s.
		let after = rss(app.pid) ?? 0;
		for (let waited = 0; after > idle * 1.5 && waited < 60_000; waited += 500) {
			await sleep(500);
			after = rss(app.pid) ?? 0;
		}
		const mb = (/** @type {number} */ n) => Math.round(n / 1048576);
		const statuses = /** @type {Record<string, number>} */ ({});
		for (const r of replies) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
		return {
			burst,
			burstSeconds: Math.round(burstSeconds),
			statuses,
			idleMB: mb(idle),
			peakMB: mb(peak),
			afterMB: mb(after),
			ok:
				after <= idle * 1.5 &&
				!statuses[0] &&
				Object.keys(statuses).every((s) => Number(s) < 500 || s === '503')
		};
	} finally {
		await app.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

if (isMain(import.meta.url)) {
	const only = (process.argv[2] ?? 'kill,disk,readonly,bad,bad-pg,memory').split(',');
	/** @type {Record<string, any>} */
	const report = {};
	if (only.includes('kill')) report.killAndRestart = await killAndRestart();
	if (only.includes('disk')) report.fullDisk = await fullDisk();
	if (only.includes('readonly')) report.readOnlyDatabase = await readOnlyDatabase();
	if (only.includes('memory')) report.memoryBurst = await memoryBurst();
	const pgServer = only.includes('bad-pg') ? startPostgres(port + 5) : null;
	const runs = [
		...(only.includes('bad') ? [['badInput', {}]] : []),
		...(pgServer ? [['badInputPostgres', { databaseUrl: pgServer.url }]] : [])
	];
	if (only.includes('bad-pg') && !pgServer) report.badInputPostgres = { skipped: 'no PostgreSQL' };
	for (const [name, options] of /** @type {Array<[string, { databaseUrl?: string }]>} */ (runs)) {
		try {
			report[name] = await badInputLong(options);
		} catch (error) {
			const e = /** @type {Error} */ (error);
			// fast-check's message: the counterexample (long: bodies are bytes), then the failure itself.
			report[name] = {
				ok: false,
				error: `${e.message.slice(0, 300)} … ${e.message.slice(-1500)}`,
				// fast-check keeps the failed check's own error here.
				cause: String(e.cause ?? '').slice(0, 1500),
				stack: e.stack?.split('\n').slice(0, 6).join('\n')
			};
		}
	}
	pgServer?.stop();
	console.log(JSON.stringify(report, null, 2));
	const failed = Object.entries(report).filter(([, r]) => r.ok === false);
	console.log(
		failed.length
			? `FAILED: ${failed.map(([k]) => k).join(', ')}`
			: 'soak: all checks passed (skipped ones are listed above)'
	);
	if (failed.length) process.exitCode = 1;
}
