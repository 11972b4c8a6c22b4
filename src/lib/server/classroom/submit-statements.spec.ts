import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import { testDatabases } from '../db/test-databases';
import { createAssignment, setClosed } from './assignments';
import { saveAnswers, submitAttempt } from './attempts';
import { joinAssignment } from './participants';
import { newAssignment, right, testCatalogue as catalogue, wrong } from './testing';

const now = new Date('2026-12-03T09:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

/** The statement's verb and table, e.g. `update attempts`, `begin`. */
const shape = (sql: string) =>
	sql
		.toLowerCase()
		.replace(/["`]/g, '')
		.match(/^(begin|commit|rollback|select .*? from \w+|update \w+|insert into \w+)/)?.[1]
		.replace(/^select .*? from/, 'select from') ?? sql;

// What a submission costs the database, statement by statement: the class's submit at the end
// of a lesson arrives all at once, so each statement here is paid 30 times in the same second.
for (const target of testDatabases()) {
	describe(`the statements of a submission on ${target.name}`, () => {
		let store: Db;
		const statements: string[] = [];
		beforeAll(async () => {
			store = await target.open({ onStatement: (sql) => statements.push(sql) });
		});
		afterAll(async () => {
			await store?.close();
			await target.dispose();
		});

		async function preparedAttempt() {
			const { assignment } = await createAssignment(store.db, newAssignment(), now);
			const { token } = await joinAssignment(store.db, assignment, 'Anna', 'hu', now);
			const attemptId = randomUUID();
			await saveAnswers(
				store.db,
				catalogue,
				{
					token,
					attemptId,
					answers: [
						{ seq: 1, questionId: 'c-single', answer: right },
						{ seq: 2, questionId: 'q-single', answer: wrong }
					]
				},
				later(1)
			);
			return { assignment, body: { token, attemptId, lang: 'hu' as const } };
		}

		it('grades and closes an open attempt: the token lookup, then one transaction of three statements', async () => {
			const { body } = await preparedAttempt();
			statements.length = 0;
			const { result } = await submitAttempt(store.db, catalogue, body, later(2));
			expect(statements.map(shape)).toEqual([
				'select from participants',
				'begin',
				'update attempts',
				'select from answers',
				'update attempts',
				'commit'
			]);
			expect(result).toMatchObject({ score: 1, max: 10, number: 1, lang: 'hu' });
			expect(result.items).toHaveLength(10);
		});

		it('answers a repeated submit with the stored result and writes nothing', async () => {
			const { body } = await preparedAttempt();
			const first = await submitAttempt(store.db, catalogue, body, later(2));
			statements.length = 0;
			const again = await submitAttempt(store.db, catalogue, body, later(3));
			expect(again.result).toEqual(first.result);
			// The locking touch finds no open attempt, so no row changes; the stored one is read.
			expect(statements.map(shape)).toEqual([
				'select from participants',
				'begin',
				'update attempts',
				'select from attempts',
				'commit'
			]);
		});

		it('still answers with the stored result after the teacher closes the assignment', async () => {
			const { assignment, body } = await preparedAttempt();
			const first = await submitAttempt(store.db, catalogue, body, later(2));
			await setClosed(store.db, assignment.id, true);
			statements.length = 0;
			const again = await submitAttempt(store.db, catalogue, body, later(3));
			expect(again.result).toEqual(first.result);
			expect(statements.map(shape)).toEqual(['select from participants', 'select from attempts']);
		});
	});
}
