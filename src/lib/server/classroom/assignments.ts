import { randomBytes, randomInt } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { generateCode } from '$lib/classroom/codes';
import { formatThresholds, parseThresholds, type MarkThresholds } from '$lib/classroom/marks';
import type { NewAssignment } from '$lib/classroom/schemas';
import { isUniqueViolation } from '../db/connect';
import type { AssignmentTable, Database } from '../db/schema';
import { ClassroomError } from './errors';
import { hashSecret, newId, newSecret, secretMatches } from './keys';

export type AssignmentRow = Selectable<AssignmentTable>;

/** An assignment as pages and services use it (no key hash). */
export interface Assignment {
	id: string;
	code: string;
	title: string;
	/** The quizzes by ref (`<lesson>/<quiz>`). */
	quizIds: string[];
	mode: 'practice' | 'test';
	lang: 'choice' | 'hu' | 'en';
	opensAt: string | null;
	closesAt: string | null;
	attemptsAllowed: number;
	showAnswers: boolean;
	closed: boolean;
	seed: number;
	createdAt: string;
	/** Lowest percentages of the suggested marks 2–5. */
	markThresholds: MarkThresholds;
}

/** Whether students can work on an assignment now. */
export type AssignmentState = 'open' | 'not_open_yet' | 'closed';

export function toAssignment(row: AssignmentRow): Assignment {
	return {
		id: row.id,
		code: row.code,
		title: row.title,
		quizIds: JSON.parse(row.quiz_ids) as string[],
		mode: row.mode,
		lang: row.lang,
		opensAt: row.opens_at,
		closesAt: row.closes_at,
		attemptsAllowed: row.attempts_allowed,
		showAnswers: row.show_answers === 1,
		closed: row.closed === 1,
		seed: row.seed,
		createdAt: row.created_at,
		markThresholds: parseThresholds(row.mark_thresholds)
	};
}

/** Closed by the teacher or past its closing time; not yet open before its opening time. */
export function assignmentState(a: Assignment, now: Date): AssignmentState {
	const iso = now.toISOString();
	if (a.closed || (a.closesAt !== null && iso >= a.closesAt)) return 'closed';
	if (a.opensAt !== null && iso < a.opensAt) return 'not_open_yet';
	return 'open';
}

/** Throws the reader-facing reason when students cannot work on the assignment now. */
export function requireOpen(a: Assignment, now: Date): void {
	const state = assignmentState(a, now);
	if (state !== 'open') throw new ClassroomError(state);
}

/**
 * Creates an assignment with a fresh class code. Returns the teacher's key: this is the only time it
 * exists outside the teacher's browser, because only its hash is stored.
 */
export async function createAssignment(
	db: Kysely<Database>,
	input: NewAssignment,
	now: Date
): Promise<{ assignment: Assignment; key: string }> {
	const key = newSecret();
	// A code collision is rare (hundreds of millions of codes); retrying a few times makes it a non-event.
	for (let tries = 0; tries < 5; tries++) {
		const row: AssignmentRow = {
			id: newId(),
			code: generateCode((n) => randomBytes(n)),
			key_hash: hashSecret(key),
			title: input.title,
			quiz_ids: JSON.stringify(input.quizIds),
			mode: input.mode,
			lang: input.lang,
			opens_at: input.opensAt,
			closes_at: input.closesAt,
			attempts_allowed: input.attemptsAllowed,
			show_answers: input.showAnswers ? 1 : 0,
			closed: 0,
			seed: randomInt(1, 2 ** 31 - 1),
			created_at: now.toISOString(),
			mark_thresholds: formatThresholds(input.markThresholds)
		};
		try {
			await db.insertInto('assignments').values(row).execute();
			return { assignment: toAssignment(row), key };
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new Error('Could not find a free class code');
}

/** The teacher's own mark bands for this assignment (checked by the caller). */
export async function setMarkThresholds(
	db: Kysely<Database>,
	id: string,
	thresholds: MarkThresholds
): Promise<void> {
	await db
		.updateTable('assignments')
		.set({ mark_thresholds: formatThresholds(thresholds) })
		.where('id', '=', id)
		.execute();
}

/** The assignment with this class code, if any. */
export async function findByCode(db: Kysely<Database>, code: string): Promise<Assignment | null> {
	const row = await db
		.selectFrom('assignments')
		.selectAll()
		.where('code', '=', code)
		.executeTakeFirst();
	return row ? toAssignment(row) : null;
}

/**
 * The assignment, if the key is its teacher's. A wrong key and an unknown id look the same from
 * outside, so that ids cannot be probed.
 */
export async function findForTeacher(
	db: Kysely<Database>,
	id: string,
	key: string
): Promise<Assignment | null> {
	const row = await db
		.selectFrom('assignments')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row || !secretMatches(key, row.key_hash)) return null;
	return toAssignment(row);
}

/** Closes (students can no longer save or submit) or reopens an assignment. */
export async function setClosed(db: Kysely<Database>, id: string, closed: boolean): Promise<void> {
	await db
		.updateTable('assignments')
		.set({ closed: closed ? 1 : 0 })
		.where('id', '=', id)
		.execute();
}

/**
 * Deletes an assignment with everything students wrote in it. Done table by table in one transaction
 * rather than trusting cascades alone, so that it also holds on a database opened without foreign keys.
 */
export async function deleteAssignment(db: Kysely<Database>, id: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const attempts = trx.selectFrom('attempts').select('id').where('assignment_id', '=', id);
		await trx.deleteFrom('answers').where('attempt_id', 'in', attempts).execute();
		await trx.deleteFrom('flags').where('assignment_id', '=', id).execute();
		await trx.deleteFrom('attempts').where('assignment_id', '=', id).execute();
		await trx.deleteFrom('participants').where('assignment_id', '=', id).execute();
		await trx.deleteFrom('assignments').where('id', '=', id).execute();
	});
}
