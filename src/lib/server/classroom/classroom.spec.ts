import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../db/test-databases';
import {
	createAssignment,
	deleteAssignment,
	findByCode,
	findForTeacher,
	setClosed,
	type Assignment
} from './assignments';
import { flagQuestion, saveAnswers, studentState, submitAttempt } from './attempts';
import { loadDashboard } from './dashboard';
import { ClassroomError } from './errors';
import { joinAssignment } from './participants';
import { newAssignment, refusal, right, testCatalogue as catalogue, wrong } from './testing';

const now = new Date('2026-11-25T09:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describeOnEachDatabase('classroom storage', (store) => {
	async function setUp(o: Parameters<typeof newAssignment>[0] = {}) {
		const { assignment, key } = await createAssignment(store.db, newAssignment(o), now);
		return { assignment, key };
	}
	async function student(assignment: Assignment, nickname: string, lang: 'hu' | 'en' = 'hu') {
		const { token } = await joinAssignment(store.db, assignment, nickname, lang, now);
		return { token, attemptId: randomUUID() };
	}

	it('creates an assignment found by its code and, with the right key only, by its id', async () => {
		const { assignment, key } = await setUp();
		expect(assignment.code).toMatch(/^[2-9A-HJKMNP-TW-Z]{8}$/);
		expect((await findByCode(store.db, assignment.code))?.id).toBe(assignment.id);
		expect((await findForTeacher(store.db, assignment.id, key))?.title).toBe('Class 9.B');
		expect(await findForTeacher(store.db, assignment.id, key.replace(/.$/, 'x'))).toBeNull();
		const row = await store.db
			.selectFrom('assignments')
			.select('key_hash')
			.where('id', '=', assignment.id)
			.executeTakeFirstOrThrow();
		expect(row.key_hash).not.toContain(key);
		expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('keeps nicknames unique regardless of case and spacing, and suggests a free one', async () => {
		const { assignment } = await setUp();
		await student(assignment, '  Anna ');
		const error = await joinAssignment(store.db, assignment, 'ANNA', 'en', now).catch((e) => e);
		expect(error).toBeInstanceOf(ClassroomError);
		expect(error.key).toBe('nickname_taken');
		expect(error.detail).toEqual({ suggestion: 'ANNA (2)' });
		expect(await refusal(joinAssignment(store.db, assignment, ' \u200b ', 'hu', now))).toBe(
			'nickname_empty'
		);
		expect(await refusal(joinAssignment(store.db, assignment, 'x'.repeat(25), 'hu', now))).toBe(
			'nickname_too_long'
		);
	});

	it('refuses joins before opening, after closing and when the teacher closed it', async () => {
		const { assignment } = await setUp({
			opensAt: later(10).toISOString(),
			closesAt: later(60).toISOString()
		});
		expect(await refusal(joinAssignment(store.db, assignment, 'Bea', 'hu', now))).toBe(
			'not_open_yet'
		);
		expect(await refusal(joinAssignment(store.db, assignment, 'Bea', 'hu', later(61)))).toBe(
			'closed'
		);
		expect(await refusal(joinAssignment(store.db, assignment, 'Bea', 'hu', later(11)))).toBe(
			'accepted'
		);
		await setClosed(store.db, assignment.id, true);
		const closed = (await findByCode(store.db, assignment.code))!;
		expect(await refusal(joinAssignment(store.db, closed, 'Cili', 'hu', later(11)))).toBe('closed');
	});

	it('saves answers idempotently: a retry or an older request changes nothing', async () => {
		const { assignment } = await setUp();
		const s = await student(assignment, 'Dani');
		const body = (seq: number, answer: unknown) => ({
			token: s.token,
			attemptId: s.attemptId,
			answers: [{ seq, questionId: 'q-single', answer }]
		});
		await saveAnswers(store.db, catalogue, body(1, wrong), now);
		await saveAnswers(store.db, catalogue, body(2, right), now);
		await saveAnswers(store.db, catalogue, body(2, right), now);
		await saveAnswers(store.db, catalogue, body(1, wrong), now);
		const state = await studentState(store.db, catalogue, s.token);
		expect(state.current).toEqual({ id: s.attemptId, answers: { 'q-single': right }, seq: 2 });
		const rows = await store.db
			.selectFrom('answers')
			.selectAll()
			.where('attempt_id', '=', s.attemptId)
			.execute();
		expect(rows).toHaveLength(1);
		const attempts = await store.db
			.selectFrom('attempts')
			.selectAll()
			.where('id', '=', s.attemptId)
			.execute();
		expect(attempts).toHaveLength(1);
	});

	it('clears an answer: a newer clear beats the answer, an older one never does', async () => {
		const { assignment } = await setUp({ quizIds: ['context'] });
		const s = await student(assignment, 'Dora');
		const save = (answers: { seq: number; questionId: string; answer: unknown }[]) =>
			saveAnswers(store.db, catalogue, { token: s.token, attemptId: s.attemptId, answers }, now);
		const tf = { type: 'truefalse', value: false };
		await save([
			{ seq: 1, questionId: 'c-single', answer: right },
			{ seq: 2, questionId: 'c-tf', answer: tf }
		]);
		expect(await save([{ seq: 3, questionId: 'c-single', answer: null }])).toEqual({
			attemptId: s.attemptId,
			seq: 3
		});
		// A retried or late copy of the answer the student took back changes nothing.
		await save([{ seq: 1, questionId: 'c-single', answer: right }]);
		// A late clear of c-tf (older than its stored answer) does not wipe that answer.
		await save([{ seq: 1, questionId: 'c-tf', answer: null }]);
		let state = await studentState(store.db, catalogue, s.token);
		expect(state.current).toEqual({ id: s.attemptId, answers: { 'c-tf': tf }, seq: 3 });
		const dash = await loadDashboard(store.db, catalogue, assignment, 'en', now);
		expect(dash.students.find((x) => x.nickname === 'Dora')).toMatchObject({ answered: 1 });

		// Within one batch the newest change wins, whichever it is.
		await save([
			{ seq: 5, questionId: 'c-single', answer: right },
			{ seq: 4, questionId: 'c-single', answer: null },
			{ seq: 6, questionId: 'c-tf', answer: null },
			{ seq: 7, questionId: 'c-single', answer: null }
		]);
		state = await studentState(store.db, catalogue, s.token);
		expect(state.current).toEqual({ id: s.attemptId, answers: {}, seq: 7 });
		await save([{ seq: 8, questionId: 'c-tf', answer: tf }]);

		const { result } = await submitAttempt(
			store.db,
			catalogue,
			{ token: s.token, attemptId: s.attemptId, lang: 'hu' },
			later(1)
		);
		expect(result.items).toEqual([
			{ questionId: 'c-single', points: 0, max: 1, answerKey: null },
			{ questionId: 'c-tf', points: 1, max: 1, answerKey: 'false' }
		]);
	});

	it('clears a question that was never answered, so a late answer cannot arrive after it', async () => {
		const { assignment } = await setUp({ quizIds: ['context'] });
		const s = await student(assignment, 'Edit');
		const save = (seq: number, answer: unknown) =>
			saveAnswers(
				store.db,
				catalogue,
				{
					token: s.token,
					attemptId: s.attemptId,
					answers: [{ seq, questionId: 'c-single', answer }]
				},
				now
			);
		await save(2, null);
		await save(1, right);
		const state = await studentState(store.db, catalogue, s.token);
		expect(state.current).toEqual({ id: s.attemptId, answers: {}, seq: 2 });
	});

	it('rejects a malformed answer or a foreign question and writes nothing of the batch', async () => {
		const { assignment } = await setUp({ quizIds: ['context'] });
		const s = await student(assignment, 'Emil');
		const batch = (answers: { seq: number; questionId: string; answer: unknown }[]) =>
			saveAnswers(store.db, catalogue, { token: s.token, attemptId: s.attemptId, answers }, now);
		expect(
			await refusal(
				batch([
					{ seq: 1, questionId: 'c-single', answer: right },
					{ seq: 2, questionId: 'c-tf', answer: { type: 'truefalse', value: 'yes' } }
				])
			)
		).toBe('invalid');
		expect(await refusal(batch([{ seq: 3, questionId: 'q-single', answer: right }]))).toBe(
			'invalid'
		);
		expect(
			await refusal(
				batch([{ seq: 4, questionId: 'c-single', answer: { type: 'single', choice: 'zzz' } }])
			)
		).toBe('invalid');
		const count = await store.db
			.selectFrom('answers')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('attempt_id', '=', s.attemptId)
			.executeTakeFirstOrThrow();
		expect(Number(count.n)).toBe(0);
	});

	it('grades on the server from stored answers, once, and then refuses more saves and attempts', async () => {
		const { assignment } = await setUp({ quizIds: ['context'] });
		const s = await student(assignment, 'Feri');
		await saveAnswers(
			store.db,
			catalogue,
			{
				token: s.token,
				attemptId: s.attemptId,
				answers: [
					{ seq: 1, questionId: 'c-single', answer: right },
					{ seq: 2, questionId: 'c-tf', answer: { type: 'truefalse', value: true } }
				]
			},
			now
		);
		const submit = { token: s.token, attemptId: s.attemptId, lang: 'en' as const };
		const first = await submitAttempt(store.db, catalogue, submit, later(5));
		expect(first.result).toMatchObject({ score: 1, max: 2, lang: 'en', number: 1 });
		expect(first.result.items.map((i) => i.points)).toEqual([1, 0]);
		const again = await submitAttempt(store.db, catalogue, submit, later(9));
		expect(again.result).toEqual(first.result);
		expect(
			await refusal(
				saveAnswers(
					store.db,
					catalogue,
					{
						token: s.token,
						attemptId: s.attemptId,
						answers: [{ seq: 3, questionId: 'c-tf', answer: { type: 'truefalse', value: false } }]
					},
					later(6)
				)
			)
		).toBe('already_submitted');
		expect(
			await refusal(
				saveAnswers(
					store.db,
					catalogue,
					{
						token: s.token,
						attemptId: randomUUID(),
						answers: [{ seq: 1, questionId: 'c-tf', answer: { type: 'truefalse', value: false } }]
					},
					later(6)
				)
			)
		).toBe('no_attempts_left');
		const state = await studentState(store.db, catalogue, s.token);
		expect(state.attemptsLeft).toBe(0);
		expect(state.submitted).toHaveLength(1);
	});

	it("lets a student use neither another student's attempt nor an unknown token", async () => {
		const { assignment } = await setUp({ quizIds: ['context'], attemptsAllowed: 2 });
		const a = await student(assignment, 'Gabi');
		const b = await student(assignment, 'Hedi');
		const answers = [{ seq: 1, questionId: 'c-single', answer: right }];
		await saveAnswers(
			store.db,
			catalogue,
			{ token: a.token, attemptId: a.attemptId, answers },
			now
		);
		expect(
			await refusal(
				saveAnswers(store.db, catalogue, { token: b.token, attemptId: a.attemptId, answers }, now)
			)
		).toBe('not_found');
		expect(
			await refusal(
				submitAttempt(
					store.db,
					catalogue,
					{ token: b.token, attemptId: a.attemptId, lang: 'hu' },
					now
				)
			)
		).toBe('not_found');
		expect(await refusal(studentState(store.db, catalogue, 'A'.repeat(43)))).toBe('not_found');
		// A second open attempt while one is in progress is a conflict, not a silent second attempt.
		expect(
			await refusal(
				saveAnswers(store.db, catalogue, { token: a.token, attemptId: randomUUID(), answers }, now)
			)
		).toBe('conflict');
	});

	it('shows the teacher who joined, who works, who submitted, with scores, items and flags', async () => {
		const { assignment } = await setUp({ quizIds: ['context'] });
		const a = await student(assignment, 'Ildi', 'hu');
		const b = await student(assignment, 'Jack', 'en');
		await student(assignment, 'Kati', 'hu');
		await saveAnswers(
			store.db,
			catalogue,
			{
				token: a.token,
				attemptId: a.attemptId,
				answers: [
					{ seq: 1, questionId: 'c-single', answer: right },
					{ seq: 2, questionId: 'c-tf', answer: { type: 'truefalse', value: false } }
				]
			},
			now
		);
		await submitAttempt(
			store.db,
			catalogue,
			{ token: a.token, attemptId: a.attemptId, lang: 'hu' },
			later(3)
		);
		await saveAnswers(
			store.db,
			catalogue,
			{
				token: b.token,
				attemptId: b.attemptId,
				answers: [{ seq: 1, questionId: 'c-single', answer: { type: 'single', choice: 'c' } }]
			},
			now
		);
		await flagQuestion(
			store.db,
			catalogue,
			{ token: b.token, questionId: 'c-tf', comment: '=1+1 <b>odd</b>' },
			now,
			() => 'flag-1'
		);
		const dash = await loadDashboard(store.db, catalogue, assignment, 'en', later(4));
		expect(dash.counts).toEqual({ joined: 1, working: 1, submitted: 1 });
		const ildi = dash.students.find((s) => s.nickname === 'Ildi')!;
		expect(ildi).toMatchObject({
			status: 'submitted',
			score: 2,
			max: 2,
			seconds: 180,
			points: [1, 1]
		});
		expect(dash.students.find((s) => s.nickname === 'Jack')).toMatchObject({
			status: 'working',
			answered: 1,
			score: null
		});
		expect(dash.items.map((i) => [i.questionId, i.share])).toEqual([
			['c-single', 1],
			['c-tf', 1]
		]);
		expect(dash.distribution[9]).toBe(1);
		// Only the submitted attempt counts: Jack, still working, does not pull the average down.
		expect(dash.average).toBe(100);
		expect(dash.flags).toEqual([
			expect.objectContaining({
				nickname: 'Jack',
				questionId: 'c-tf',
				comment: '=1+1 <b>odd</b>'
			})
		]);
	});

	it('deletes an assignment with every row that belongs to it', async () => {
		const { assignment } = await setUp({ quizIds: ['context'] });
		const { assignment: other } = await setUp({ quizIds: ['context'] });
		for (const a of [assignment, other]) {
			const s = await student(a, 'Lili');
			await saveAnswers(
				store.db,
				catalogue,
				{
					token: s.token,
					attemptId: s.attemptId,
					answers: [{ seq: 1, questionId: 'c-single', answer: right }]
				},
				now
			);
			await flagQuestion(
				store.db,
				catalogue,
				{ token: s.token, questionId: 'c-tf', comment: 'hm' },
				now,
				randomUUID
			);
		}
		await deleteAssignment(store.db, assignment.id);
		const left = async (table: 'participants' | 'attempts' | 'flags', id: string) =>
			(
				await store.db
					.selectFrom(table)
					.select('assignment_id')
					.where('assignment_id', '=', id)
					.execute()
			).length;
		for (const table of ['participants', 'attempts', 'flags'] as const) {
			expect(await left(table, assignment.id)).toBe(0);
			expect(await left(table, other.id)).toBe(1);
		}
		expect(await findByCode(store.db, assignment.code)).toBeNull();
	});
});
