import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../db/test-databases';
import { createAssignment, findByCode, setClosed } from './assignments';
import { saveAnswers, submitAttempt } from './attempts';
import { checkAnswer } from './check';
import { joinAssignment } from './participants';
import { newAssignment, refusal, right, testCatalogue as catalogue, wrong } from './testing';

const now = new Date('2026-11-25T09:00:00Z');

describeOnEachDatabase('practice checks', (store) => {
	async function student(o: Parameters<typeof newAssignment>[0]) {
		const { assignment } = await createAssignment(store.db, newAssignment(o), now);
		const { token } = await joinAssignment(store.db, assignment, 'Anna', 'hu', now);
		return { assignment, token };
	}
	const check = (token: string, questionId: string, answer: unknown, at = now) =>
		checkAnswer(store.db, catalogue, { token, questionId, answer }, at);

	it('grades one answer with feedback, explanation and evidence, even when answers are hidden', async () => {
		const { token } = await student({ mode: 'practice', showAnswers: false });
		const bad = await check(token, 'q-single', wrong);
		expect(bad.result).toMatchObject({ questionId: 'q-single', score: 0, correct: false });
		expect(bad.result.feedback).toContain('incorrect');
		expect(bad.explanation).toEqual({
			hu: 'explanation q-single (hu)',
			en: 'explanation q-single'
		});
		expect(bad.evidence).toEqual({ kind: 'explainer', anchor: 'meeting-who' });
		const good = await check(token, 'q-single', right);
		expect(good.result).toMatchObject({ score: 1, max: 1, correct: true, feedback: ['correct'] });
		const partial = await check(token, 'q-multi', { type: 'multi', choices: ['a'] });
		expect(partial.result.score).toBeGreaterThan(0);
		expect(partial.result.feedback).toContain('multi_missed');
	});

	it('changes neither the saved answers nor the score', async () => {
		const { token } = await student({ mode: 'practice', quizIds: ['context'] });
		const attemptId = randomUUID();
		await saveAnswers(
			store.db,
			catalogue,
			{ token, attemptId, answers: [{ seq: 1, questionId: 'c-single', answer: wrong }] },
			now
		);
		await check(token, 'c-single', right);
		const rows = await store.db
			.selectFrom('answers')
			.select('answer')
			.where('attempt_id', '=', attemptId)
			.execute();
		expect(rows.map((r) => JSON.parse(r.answer))).toEqual([wrong]);
		const { result } = await submitAttempt(
			store.db,
			catalogue,
			{ token, attemptId, lang: 'hu' },
			now
		);
		expect(result.score).toBe(0);
	});

	it('refuses test mode, closed assignments, unknown tokens, foreign questions and bad answers', async () => {
		const test = await student({ mode: 'test' });
		expect(await refusal(check(test.token, 'q-single', right))).toBe('check_not_allowed');

		const practice = await student({
			mode: 'practice',
			quizIds: ['context'],
			closesAt: new Date(now.getTime() + 60_000).toISOString()
		});
		expect(await refusal(check('A'.repeat(43), 'c-single', right))).toBe('not_found');
		expect(await refusal(check(practice.token, 'q-single', right))).toBe('invalid');
		expect(await refusal(check(practice.token, 'nope', right))).toBe('invalid');
		expect(await refusal(check(practice.token, 'c-single', { type: 'single' }))).toBe('invalid');
		expect(
			await refusal(check(practice.token, 'c-single', { type: 'truefalse', value: true }))
		).toBe('invalid');
		expect(
			await refusal(check(practice.token, 'c-single', right, new Date(now.getTime() + 120_000)))
		).toBe('closed');
		await setClosed(store.db, practice.assignment.id, true);
		expect((await findByCode(store.db, practice.assignment.code))?.closed).toBe(true);
		expect(await refusal(check(practice.token, 'c-single', right))).toBe('closed');
	});
});
