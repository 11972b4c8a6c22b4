import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { expect, it } from 'vitest';
import { flagSchema, formToObject, newAssignmentSchema } from '$lib/classroom/schemas';
import { describeOnEachDatabase } from '../db/test-databases';
import { createAssignment, setClosed } from './assignments';
import { flagQuestion, saveAnswers, studentState } from './attempts';
import { loadDashboard } from './dashboard';
import { joinAssignment } from './participants';
import { newAssignment, refusal, right, testBank, testCatalogue as catalogue } from './testing';

/** The teacher's form over the specs' small bank. */
const createAssignmentSchema = newAssignmentSchema((sent) => (sent in testBank ? sent : undefined));

// What the security review (December 2026) sent that answered 500 on PostgreSQL or was wrongly
// accepted, run against every database: values at the edge of what the schemas accept must be
// stored and read back, or refused with a reason, never a fault.
const now = new Date('2026-12-01T09:00:00Z');

describeOnEachDatabase('hostile but valid input', (store) => {
	async function student(nickname = 'Anna') {
		const { assignment } = await createAssignment(store.db, newAssignment(), now);
		const joined = await joinAssignment(store.db, assignment, nickname, 'hu', now);
		return { assignment, token: joined.token, attemptId: randomUUID() };
	}

	it('stores and reads back sequence numbers beyond 32 bits, up to 2^53 − 1', async () => {
		const s = await student();
		for (const seq of [2 ** 31, Number.MAX_SAFE_INTEGER]) {
			const saved = await saveAnswers(
				store.db,
				catalogue,
				{
					token: s.token,
					attemptId: s.attemptId,
					answers: [{ seq, questionId: 'c-single', answer: right }]
				},
				now
			);
			expect(saved.seq).toBe(seq);
			const state = await studentState(store.db, catalogue, s.token);
			expect(state.current?.seq).toBe(seq);
			expect(typeof state.current?.seq).toBe('number');
		}
	});

	it('stores a title and a flag comment that arrived with NUL and control characters, cleaned', async () => {
		const form = new FormData();
		for (const [k, val] of [
			['title', 'a\u0000b\u0007'],
			['quizzes', 'context'],
			['mode', 'practice'],
			['lang', 'choice'],
			['attempts', '1']
		])
			form.append(k, val);
		const input = v.parse(createAssignmentSchema, formToObject(form, ['quizzes']));
		const { assignment } = await createAssignment(store.db, input, now);
		expect(assignment.title).toBe('ab');
		const joined = await joinAssignment(store.db, assignment, 'Bea', 'hu', now);
		const body = v.parse(flagSchema, {
			token: joined.token,
			questionId: 'c-single',
			comment: 'ok \ud800 \u0000nul \u202eflipped'
		});
		await flagQuestion(store.db, catalogue, body, now, randomUUID);
		const dash = await loadDashboard(store.db, catalogue, assignment, 'hu', now);
		expect(dash.flags.map((f) => f.comment)).toEqual(['ok  nul flipped']);
	});

	it('refuses flags once the assignment is closed, and stores none', async () => {
		const s = await student();
		await setClosed(store.db, s.assignment.id, true);
		const closed = { ...s.assignment, closed: true };
		const flag = { token: s.token, questionId: 'c-single', comment: 'late' };
		expect(await refusal(flagQuestion(store.db, catalogue, flag, now, randomUUID))).toBe('closed');
		const dash = await loadDashboard(store.db, catalogue, closed, 'hu', now);
		expect(dash.flags).toEqual([]);
	});

	it('refuses an empty match answer, as an object or an array, and stores nothing', async () => {
		const s = await student();
		const match = 'q-match';
		for (const pairs of [{}, []]) {
			const body = {
				token: s.token,
				attemptId: s.attemptId,
				answers: [{ seq: 1, questionId: match, answer: { type: 'match', pairs } }]
			};
			expect(await refusal(saveAnswers(store.db, catalogue, body, now))).toBe('invalid');
		}
		expect((await studentState(store.db, catalogue, s.token)).current).toBeNull();
	});

	it('takes a look-alike of a nickname in the class (Cyrillic А for Latin A) as taken', async () => {
		const s = await student('Anna');
		expect(await refusal(joinAssignment(store.db, s.assignment, '\u0410nna', 'hu', now))).toBe(
			'nickname_taken'
		);
		expect(await refusal(joinAssignment(store.db, s.assignment, '\u3164', 'hu', now))).toBe(
			'nickname_empty'
		);
		expect(await refusal(joinAssignment(store.db, s.assignment, '***', 'hu', now))).toBe(
			'nickname_no_letters'
		);
	});
});
