import type { Kysely, Transaction } from 'kysely';
import type { SaveAnswersBody } from '$lib/classroom/schemas';
import type { Lang } from '$lib/i18n/langs';
import { isUniqueViolation } from '../db/connect';
import { precompiled } from '../db/precompiled';
import type { Database } from '../db/schema';
import { assignmentState, requireOpen, type Assignment } from './assignments';
import type { Catalogue, GradedItem } from './catalogue';
import { ClassroomError } from './errors';
import { findByToken, type Participant } from './participants';

/** A submitted attempt's grading, as stored and as returned to the student. */
export interface AttemptResult {
	attemptId: string;
	number: number;
	score: number;
	max: number;
	submittedAt: string;
	startedAt: string;
	lang: Lang;
	/** Per question, in the assignment's order. */
	items: ({ questionId: string } & GradedItem)[];
}

/**
 * The stored form of an answer the student cleared. The row stays, rather than being deleted, so
 * that its sequence number still outranks an older answer to that question arriving late (a retry,
 * a second tab): a deleted row would let that answer back in. Readers treat it as no answer.
 */
export const clearedAnswer = JSON.stringify(null);

/** Where a student stands, for the attempt page. */
export interface StudentState {
	participant: Participant;
	assignment: Assignment;
	questionIds: string[];
	/** The attempt in progress, with the answers saved so far and the highest sequence number seen. */
	current: { id: string; answers: Record<string, unknown>; seq: number } | null;
	submitted: AttemptResult[];
	attemptsLeft: number;
}

/** Everything the attempt page needs, for the holder of a resume token only. */
export async function studentState(
	db: Kysely<Database>,
	catalogue: Catalogue,
	token: string
): Promise<StudentState> {
	const { participant, assignment } = await findByToken(db, token);
	const attempts = await db
		.selectFrom('attempts')
		.selectAll()
		.where('participant_id', '=', participant.id)
		.orderBy('number')
		.execute();
	const open = attempts.find((a) => a.submitted_at === null);
	let current: StudentState['current'] = null;
	if (open) {
		const rows = await db
			.selectFrom('answers')
			.select(['question_id', 'answer', 'seq'])
			.where('attempt_id', '=', open.id)
			.execute();
		current = {
			id: open.id,
			answers: Object.fromEntries(
				rows
					.filter((r) => r.answer !== clearedAnswer)
					.map((r) => [r.question_id, JSON.parse(r.answer)])
			),
			seq: rows.reduce((max, r) => Math.max(max, Number(r.seq)), 0)
		};
	}
	const submitted = attempts.filter((a) => a.submitted_at !== null).map(toResult);
	return {
		participant,
		assignment,
		questionIds: catalogue.questionIds(assignment.quizIds),
		current,
		submitted,
		attemptsLeft: assignment.attemptsAllowed - attempts.length + (open ? 1 : 0)
	};
}

// The statements of every save and submit, compiled once (see `precompiled`).

const selectAttempt = precompiled(['id'], (db: Kysely<Database>, p) =>
	db.selectFrom('attempts').selectAll().where('id', '=', p.id)
);

/** Touches the student's open attempt and returns it, locked: one statement on the common path. */
const touchOpenAttempt = precompiled(['at', 'id', 'participantId'], (db: Kysely<Database>, p) =>
	db
		.updateTable('attempts')
		.set({ updated_at: p.at })
		.where('id', '=', p.id)
		.where('participant_id', '=', p.participantId)
		.where('submitted_at', 'is', null)
		.returningAll()
);

/** Stores an answer unless the stored one has the same or a higher sequence number. */
const upsertAnswer = precompiled(
	['attemptId', 'questionId', 'answer', 'seq', 'savedAt'],
	(db: Kysely<Database>, p) =>
		db
			.insertInto('answers')
			.values({
				attempt_id: p.attemptId,
				question_id: p.questionId,
				answer: p.answer,
				seq: p.seq,
				saved_at: p.savedAt
			})
			.onConflict((oc) =>
				oc
					.columns(['attempt_id', 'question_id'])
					.doUpdateSet((eb) => ({
						answer: eb.ref('excluded.answer'),
						seq: eb.ref('excluded.seq'),
						saved_at: eb.ref('excluded.saved_at')
					}))
					.where('answers.seq', '<', (eb) => eb.ref('excluded.seq'))
			)
);

const selectGivenAnswers = precompiled(['attemptId', 'cleared'], (db: Kysely<Database>, p) =>
	db
		.selectFrom('answers')
		.select(['question_id', 'answer'])
		.where('attempt_id', '=', p.attemptId)
		.where('answer', '!=', p.cleared)
);

const closeAttempt = precompiled(
	['at', 'score', 'max', 'lang', 'results', 'id'],
	(db: Kysely<Database>, p) =>
		db
			.updateTable('attempts')
			.set({
				submitted_at: p.at,
				updated_at: p.at,
				score: p.score,
				max_score: p.max,
				lang: p.lang,
				results: p.results
			})
			.where('id', '=', p.id)
			.where('submitted_at', 'is', null)
);

type AttemptRow = Awaited<ReturnType<typeof loadAttempt>>;

async function loadAttempt(trx: Kysely<Database>, id: string) {
	return (await selectAttempt(trx, { id })).rows[0];
}

function toResult(row: NonNullable<AttemptRow>): AttemptResult {
	return {
		attemptId: row.id,
		number: row.number,
		score: row.score ?? 0,
		max: row.max_score ?? 0,
		submittedAt: row.submitted_at ?? '',
		startedAt: row.started_at,
		lang: row.lang,
		items: row.results ? JSON.parse(row.results) : []
	};
}

/**
 * The student's attempt with this client-made id, created on first use and locked for the rest of the
 * transaction (the `UPDATE` takes the row lock on PostgreSQL; SQLite runs one writer at a time), so
 * that a save and a submission of the same attempt never interleave. Refuses an id that belongs to
 * someone else, a second open attempt, and attempts beyond the allowed number; the unique attempt
 * number makes the limit hold even when two devices start at the same moment.
 */
async function lockAttempt(
	trx: Transaction<Database>,
	participant: Participant,
	assignment: Assignment,
	attemptId: string,
	lang: Lang,
	now: Date
): Promise<{ submitted: boolean; row: NonNullable<AttemptRow> }> {
	const at = now.toISOString();
	for (let round = 0; round < 3; round++) {
		const touched = await touchOpenAttempt(trx, {
			at,
			id: attemptId,
			participantId: participant.id
		});
		if (touched.rows.length === 1) return { submitted: false, row: touched.rows[0] };
		const existing = await loadAttempt(trx, attemptId);
		if (existing) {
			if (existing.participant_id !== participant.id) throw new ClassroomError('not_found');
			if (existing.submitted_at !== null) return { submitted: true, row: existing };
			// Created by a twin request that committed between our two statements: lock it next round.
			continue;
		}
		const mine = await trx
			.selectFrom('attempts')
			.select(['id', 'submitted_at'])
			.where('participant_id', '=', participant.id)
			.execute();
		if (mine.some((a) => a.id === attemptId)) continue;
		if (mine.some((a) => a.submitted_at === null)) throw new ClassroomError('conflict');
		if (mine.length >= assignment.attemptsAllowed) throw new ClassroomError('no_attempts_left');
		const inserted = await trx
			.insertInto('attempts')
			.values({
				id: attemptId,
				participant_id: participant.id,
				assignment_id: assignment.id,
				number: mine.length + 1,
				lang,
				started_at: at,
				updated_at: at,
				submitted_at: null,
				score: null,
				max_score: null,
				results: null
			})
			// A retried first save races its twin: the loser finds the winner's row on the next round.
			.onConflict((oc) => oc.column('id').doNothing())
			.executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
			return { submitted: false, row: (await loadAttempt(trx, attemptId))! };
		}
	}
	throw new ClassroomError('conflict');
}

/**
 * Runs a transaction; when it loses a race on a unique key (two copies of a retried first save on
 * PostgreSQL, where the loser's transaction is aborted), runs it again: the second run sees the
 * winner's row and takes the ordinary path. A race that persists is a real conflict.
 */
async function inTransaction<T>(
	db: Kysely<Database>,
	work: (trx: Transaction<Database>) => Promise<T>
): Promise<T> {
	for (let tries = 0; ; tries++) {
		try {
			return await db.transaction().execute(work);
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
			if (tries >= 2) throw new ClassroomError('conflict');
		}
	}
}

/**
 * A batch as `saveAnswersSchema` lets it through, with each answer still unchecked: its shape
 * depends on the question, which only the catalogue knows.
 */
type UncheckedAnswers = Omit<SaveAnswersBody, 'answers'> & {
	answers: { seq: number; questionId: string; answer: unknown }[];
};

/**
 * Stores a batch of answers from the student's browser. Idempotent: an answer replaces the stored
 * one only when its sequence number is higher, so a retried or late request changes nothing.
 * Every answer is checked against its question before anything is written. A `null` answer clears
 * the question: it is stored as a cleared row (see `clearedAnswer`) that keeps its sequence number.
 */
export async function saveAnswers(
	db: Kysely<Database>,
	catalogue: Catalogue,
	body: UncheckedAnswers,
	now: Date
): Promise<{ attemptId: string; seq: number }> {
	const { participant, assignment } = await findByToken(db, body.token);
	requireOpen(assignment, now);
	const allowed = new Set(catalogue.questionIds(assignment.quizIds));
	// Within one batch only the newest answer to a question matters.
	const latest = new Map<string, { seq: number; answer: unknown }>();
	for (const item of body.answers) {
		if (!allowed.has(item.questionId)) throw new ClassroomError('invalid');
		const answer =
			item.answer === null ? null : catalogue.parseAnswer(item.questionId, item.answer);
		if (answer === undefined) throw new ClassroomError('invalid');
		const seen = latest.get(item.questionId);
		if (!seen || seen.seq < item.seq) latest.set(item.questionId, { seq: item.seq, answer });
	}
	const savedAt = now.toISOString();
	await inTransaction(db, async (trx) => {
		const { submitted, row: attempt } = await lockAttempt(
			trx,
			participant,
			assignment,
			body.attemptId,
			participant.lang,
			now
		);
		if (submitted) throw new ClassroomError('already_submitted');
		for (const [questionId, { seq, answer }] of latest) {
			await upsertAnswer(trx, {
				attemptId: attempt.id,
				questionId,
				answer: JSON.stringify(answer),
				seq,
				savedAt
			});
		}
	});
	return { attemptId: body.attemptId, seq: Math.max(...[...latest.values()].map((l) => l.seq)) };
}

/**
 * Grades the attempt on the server from the answers stored there (the browser never sends a score)
 * and closes it. Idempotent: submitting a submitted attempt returns the same result, even once the
 * assignment has closed. On the common path (an open assignment, an open attempt) the database
 * sees the token lookup, then one transaction: the locking touch, one read of every answer and the
 * closing update with the result (`submit-statements.spec.ts` counts them).
 */
export async function submitAttempt(
	db: Kysely<Database>,
	catalogue: Catalogue,
	body: { token: string; attemptId: string; lang: Lang },
	now: Date
): Promise<{ result: AttemptResult; assignment: Assignment; participant: Participant }> {
	const { participant, assignment } = await findByToken(db, body.token);
	if (assignmentState(assignment, now) !== 'open') {
		// Only a submitted attempt gets an answer here: its stored result.
		const row = await loadAttempt(db, body.attemptId);
		if (row && row.participant_id !== participant.id) throw new ClassroomError('not_found');
		if (row?.submitted_at) return { result: toResult(row), assignment, participant };
		requireOpen(assignment, now);
	}
	const questionIds = catalogue.questionIds(assignment.quizIds);
	const result = await inTransaction(db, async (trx) => {
		// Refuses someone else's attempt, and finds an attempt already submitted (a retry, a second tab).
		const { submitted, row: attempt } = await lockAttempt(
			trx,
			participant,
			assignment,
			body.attemptId,
			body.lang,
			now
		);
		if (submitted) return toResult(attempt);
		const { rows } = await selectGivenAnswers(trx, {
			attemptId: attempt.id,
			cleared: clearedAnswer
		});
		const answers = new Map(rows.map((r) => [r.question_id, JSON.parse(r.answer) as unknown]));
		const items = questionIds.map((questionId) => ({
			questionId,
			...catalogue.grade(questionId, answers.get(questionId))
		}));
		const score = items.reduce((sum, i) => sum + i.points, 0);
		const max = items.reduce((sum, i) => sum + i.max, 0);
		const submittedAt = now.toISOString();
		const updated = await closeAttempt(trx, {
			at: submittedAt,
			score,
			max,
			lang: body.lang,
			results: JSON.stringify(items),
			id: attempt.id
		});
		if (Number(updated.numAffectedRows ?? 0n) === 0) {
			// A parallel submit of the same attempt won the race; its result is the one that counts.
			return toResult((await loadAttempt(trx, attempt.id))!);
		}
		// What was just stored, without reading it back or parsing its JSON again.
		return {
			attemptId: attempt.id,
			number: attempt.number,
			score,
			max,
			submittedAt,
			startedAt: attempt.started_at,
			lang: body.lang,
			items
		};
	});
	return { result, assignment, participant };
}

/** Records (or updates) a student's note that a question looks wrong. */
export async function flagQuestion(
	db: Kysely<Database>,
	catalogue: Catalogue,
	body: { token: string; questionId: string; comment: string },
	now: Date,
	newFlagId: () => string
): Promise<void> {
	const { participant, assignment } = await findByToken(db, body.token);
	requireOpen(assignment, now);
	if (!catalogue.questionIds(assignment.quizIds).includes(body.questionId)) {
		throw new ClassroomError('invalid');
	}
	await db
		.insertInto('flags')
		.values({
			id: newFlagId(),
			assignment_id: assignment.id,
			participant_id: participant.id,
			question_id: body.questionId,
			comment: body.comment,
			created_at: now.toISOString()
		})
		.onConflict((oc) =>
			oc.columns(['participant_id', 'question_id']).doUpdateSet((eb) => ({
				comment: eb.ref('excluded.comment'),
				created_at: eb.ref('excluded.created_at')
			}))
		)
		.execute();
}
