// The physical limit of the stack for the server bench: node:http and better-sqlite3 with the
// same pragmas and the same answer upsert as the app, and nothing else (no framework, no schema
// validation, no token lookup). Run as its own process: `node bench/lib/minimal-server.mjs PORT DBFILE`.
import Database from 'better-sqlite3';
import { createServer } from 'node:http';

const [port, file] = [Number(process.argv[2]), process.argv[3]];
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.exec(`
	CREATE TABLE IF NOT EXISTS attempts (id TEXT PRIMARY KEY, updated_at TEXT NOT NULL,
		submitted_at TEXT, score REAL, results TEXT);
	CREATE TABLE IF NOT EXISTS answers (attempt_id TEXT NOT NULL, question_id TEXT NOT NULL,
		answer TEXT NOT NULL, seq INTEGER NOT NULL, saved_at TEXT NOT NULL,
		PRIMARY KEY (attempt_id, question_id));
`);
const upsertAttempt = db.prepare(
	'INSERT INTO attempts (id, updated_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at'
);
const upsertAnswer =
	db.prepare(`INSERT INTO answers (attempt_id, question_id, answer, seq, saved_at)
	VALUES (?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE SET
	answer = excluded.answer, seq = excluded.seq, saved_at = excluded.saved_at
	WHERE answers.seq < excluded.seq`);
const answersOf = db.prepare('SELECT question_id, answer FROM answers WHERE attempt_id = ?');
const close = db.prepare(
	'UPDATE attempts SET submitted_at = ?, score = ?, results = ? WHERE id = ? AND submitted_at IS NULL'
);

/** @type {(body: any) => unknown} */
const save = db.transaction((body) => {
	const now = new Date().toISOString();
	upsertAttempt.run(body.attemptId, now);
	for (const a of body.answers) {
		upsertAnswer.run(body.attemptId, a.questionId, JSON.stringify(a.answer), a.seq, now);
	}
	return {
		attemptId: body.attemptId,
		seq: Math.max(...body.answers.map((/** @type {any} */ a) => a.seq))
	};
});

/** @type {(body: any) => unknown} */
const submit = db.transaction((body) => {
	const now = new Date().toISOString();
	upsertAttempt.run(body.attemptId, now);
	const rows = answersOf.all(body.attemptId);
	close.run(now, rows.length, JSON.stringify(rows), body.attemptId);
	return { attemptId: body.attemptId, score: rows.length };
});

createServer((req, res) => {
	/** @type {Buffer[]} */
	const chunks = [];
	req.on('data', (c) => chunks.push(c));
	req.on('end', () => {
		const send = (/** @type {number} */ status, /** @type {unknown} */ value) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(value));
		};
		try {
			const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			if (req.method === 'POST' && req.url === '/save') return send(200, save(body));
			if (req.method === 'POST' && req.url === '/submit') return send(200, submit(body));
			send(404, { error: 'not found' });
		} catch {
			send(400, { error: 'bad request' });
		}
	});
}).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
