// What the server bench and the soak need to act as a class: the answer-save and submit endpoints
// (found in the build's routes), valid answers (from the quiz pages' own data), and a class of
// students seeded straight into the database (joining hundreds of students over HTTP would only
// measure the join rate limiter). The rows follow the classroom's schema
// (src/lib/server/db/migrations.ts); tokens are stored as SHA-256 hex, as the app does.
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './app.mjs';

/**
 * The JSON endpoints a student's browser posts to. BENCH_SAVE_PATH / BENCH_SUBMIT_PATH override.
 * @param {import('./routes.mjs').Route[]} routes
 */
export function studentEndpoints(routes) {
	const api = routes
		.filter((r) => r.endpoint && !r.dynamic)
		.map((r) => r.id.replace('[lang=lang]', 'en'));
	const save = process.env.BENCH_SAVE_PATH ?? api.find((p) => /answer|save/i.test(p)) ?? null;
	const submit = process.env.BENCH_SUBMIT_PATH ?? api.find((p) => /submit/i.test(p)) ?? null;
	return { save, submit };
}

/**
 * @typedef {{ id: string, type: string, options?: {id: string}[], items?: {id: string}[], left?: {id: string}[], right?: {id: string}[] }} Question
 */

/**
 * Makes the app open (and migrate) its database: a well-formed save with an unknown token passes
 * validation and looks the token up, which needs the database; the answer is a 404.
 * @param {string} saveUrl
 */
export async function openDatabase(saveUrl) {
	const res = await fetch(saveUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': studentIp(0) },
		body: JSON.stringify({
			token: 'A'.repeat(43),
			attemptId: randomUUID(),
			answers: [{ seq: 1, questionId: 'q', answer: null }]
		})
	});
	await res.arrayBuffer();
	return res.status;
}

/** @type {Promise<Record<string, Question[]>> | undefined} */
let bank;

/**
 * The question bank as the server grades it: every lesson's quiz files
 * (src/content/lessons/<slug>/quizzes/<id>.yaml), with the ids, types and option ids the catalogue
 * checks answers against. The app checks these files at build time; the bench only reads them.
 * @returns {Promise<Record<string, Question[]>>} questions by quiz id
 */
export function questionBank() {
	bank ??= (async () => {
		const { parse } = await import('yaml');
		const lessons = `${root}src/content/lessons`;
		/** @type {Record<string, Question[]>} */
		const byQuiz = {};
		for (const lesson of await readdir(lessons)) {
			const folder = join(lessons, lesson, 'quizzes');
			for (const file of await readdir(folder).catch(() => [])) {
				if (!file.endsWith('.yaml')) continue;
				const quiz = parse(await readFile(join(folder, file), 'utf8'));
				byQuiz[quiz.id ?? file.replace(/\.yaml$/, '')] = quiz.questions ?? [];
			}
		}
		return byQuiz;
	})();
	return bank;
}

/**
 * The questions of one quiz, or none when the bank does not have it.
 * @param {string} quizId
 */
export async function quizQuestions(quizId) {
	try {
		return (await questionBank())[quizId] ?? [];
	} catch {
		return [];
	}
}

/**
 * A well-formed answer to a question (not necessarily right): the first option, every item in
 * the given order, each left paired with a right, and so on (see the quiz engine's answer types).
 * Option ids are the ones the attempt shows when `dealt` is given (see `Student.dealtFor`).
 * @param {Question} q @param {number} n  varies the answer
 * @param {(questionId: string, bankId: string) => string} [dealt]
 */
export function someAnswer(q, n = 0, dealt = undefined) {
	const shown = (/** @type {string} */ id) => (dealt ? dealt(q.id, id) : id);
	const pick = (/** @type {{id: string}[] | undefined} */ list) =>
		shown(list?.length ? list[n % list.length].id : 'a');
	switch (q.type) {
		case 'single':
		case 'table':
			return { type: q.type, choice: pick(q.options) };
		case 'multi':
			return { type: 'multi', choices: [pick(q.options)] };
		case 'truefalse':
			return { type: 'truefalse', value: n % 2 === 0 };
		case 'order':
			return { type: 'order', sequence: (q.items ?? []).map((i) => shown(i.id)) };
		case 'match':
			return {
				type: 'match',
				pairs: Object.fromEntries(
					(q.left ?? []).map((l, i) => [
						shown(l.id),
						shown((q.right ?? [])[i % (q.right?.length || 1)]?.id)
					])
				)
			};
		case 'numeric':
			return { type: 'numeric', value: n };
		default:
			return { type: 'text', text: `answer ${n}`, lang: 'en' };
	}
}

/**
 * A simulated student's own address, sent as X-Forwarded-For to a server started with
 * ADDRESS_HEADER=x-forwarded-for: the per-address rate limits then see many students, as they
 * would from many schools, instead of one loopback client.
 * @param {number} i
 */
export const studentIp = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** The environment for a server that takes the client address from X-Forwarded-For. */
export const forwardedEnv = { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' };

const sha256 = (/** @type {string} */ s) => createHash('sha256').update(s, 'utf8').digest('hex');
const id16 = () => randomBytes(12).toString('base64url');

/**
 * @typedef {{ token: string, participantId: string, attemptId: string, lang: 'hu' | 'en', ip: string, dealtFor: (attemptId: string) => (questionId: string, bankId: string) => string }} Student
 */

const hmac = (/** @type {string} */ key, /** @type {string[]} */ parts) =>
	createHmac('sha256', key).update(parts.join('\u0000')).digest();

/**
 * The option ids a class attempt shows: the server deals each attempt's options under ids of its
 * own, keyed by its secret (src/lib/server/quiz/deal.ts and dealer.ts), and takes answers only in
 * them. The bench holds the database, so it reads the secret and deals the same ids.
 * @param {import('./db.mjs').Store} store
 */
async function dealer(store) {
	let secret = secrets.get(store);
	secret ??= (async () => {
		// As the server does on first use: created once, then the same for every process.
		await store.query(
			`INSERT INTO server_secrets (name, value) VALUES ('quiz-deal', ?) ON CONFLICT (name) DO NOTHING`,
			[randomBytes(32).toString('base64url')]
		);
		const rows = await store.query(`SELECT value FROM server_secrets WHERE name = 'quiz-deal'`);
		return String(rows[0].value);
	})();
	secrets.set(store, secret);
	const serverSecret = await secret;
	return (/** @type {string} */ token) => (/** @type {string} */ attemptId) => {
		const key = hmac(serverSecret, ['class', token, attemptId]).toString('base64url');
		return (/** @type {string} */ questionId, /** @type {string} */ bankId) =>
			`o${hmac(key, ['id', questionId, bankId]).toString('base64url').slice(0, 10)}`;
	};
}

/** Each database has a secret of its own. @type {WeakMap<object, Promise<string>>} */
const secrets = new WeakMap();

/** Numbers the seeded students across calls, so each has its own address. */
let seeded = 1;

/**
 * Inserts one open assignment (practice, 10 attempts, no time limits) and `count` students who
 * have joined it. Returns the students with a fresh attempt id each.
 * @param {import('./db.mjs').Store} store  opened writable
 * @param {{ count: number, quizIds: string[] }} o
 * @returns {Promise<{ assignmentId: string, students: Student[] }>}
 */
export async function seedClass(store, { count, quizIds }) {
	const now = new Date().toISOString();
	const assignmentId = id16();
	const code = `B${randomBytes(4).toString('hex').toUpperCase()}`;
	await store.query(
		`INSERT INTO assignments (id, code, key_hash, title, quiz_ids, mode, lang, opens_at, closes_at,
			attempts_allowed, show_answers, closed, seed, created_at)
		 VALUES (?, ?, ?, ?, ?, 'practice', 'choice', NULL, NULL, 10, 1, 0, 1, ?)`,
		[
			assignmentId,
			code,
			sha256(randomBytes(32).toString('base64url')),
			'bench',
			JSON.stringify(quizIds),
			now
		]
	);
	const deal = await dealer(store);
	/** @type {Student[]} */
	const students = [];
	for (let i = 0; i < count; i++) {
		const token = randomBytes(32).toString('base64url');
		const participantId = id16();
		const lang = i % 2 ? 'en' : 'hu';
		await store.query(
			`INSERT INTO participants (id, assignment_id, nickname, nickname_key, token_hash, lang, joined_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?)`,
			[participantId, assignmentId, `Student ${i}`, `student ${i}`, sha256(token), lang, now]
		);
		const dealtFor = deal(token);
		students.push({
			token,
			participantId,
			attemptId: randomUUID(),
			lang,
			ip: studentIp(seeded++),
			dealtFor
		});
	}
	return { assignmentId, students };
}
