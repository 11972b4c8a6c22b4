import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { studentsPerPage } from '$lib/classroom/paging';
import { describeOnEachDatabase } from '../db/test-databases';
import { createAssignment } from './assignments';
import { saveAnswers, submitAttempt } from './attempts';
import { flagsShown, loadDashboard } from './dashboard';
import { dashboardVersion } from './dashboard-version';
import { hashSecret, newId } from './keys';
import { joinAssignment } from './participants';
import { newAssignment, right, testCatalogue as catalogue } from './testing';

const now = new Date('2026-12-01T09:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);
const classSize = 5000;

describeOnEachDatabase('the dashboard of a very large class', (store) => {
	it('comes a page of rows at a time, while its counts and chart cover the whole class', async () => {
		const { assignment } = await createAssignment(store.db, newAssignment(), now);
		// One student takes the test through the app; 4,999 copies of that attempt are inserted.
		const { token, participant } = await joinAssignment(
			store.db,
			assignment,
			'Anna',
			'hu',
			later(1)
		);
		const attemptId = randomUUID();
		await saveAnswers(
			store.db,
			catalogue,
			{ token, attemptId, answers: [{ seq: 1, questionId: 'c-single', answer: right }] },
			later(2)
		);
		await submitAttempt(store.db, catalogue, { token, attemptId, lang: 'hu' }, later(3));
		const submitted = await store.db
			.selectFrom('attempts')
			.selectAll()
			.where('id', '=', attemptId)
			.executeTakeFirstOrThrow();
		for (let from = 1; from < classSize; from += 500) {
			const batch = Array.from({ length: Math.min(500, classSize - from) }, (_, i) => ({
				n: from + i,
				id: newId()
			}));
			await store.db
				.insertInto('participants')
				.values(
					batch.map(({ n, id }) => ({
						...participant,
						id,
						nickname: `Student ${n}`,
						nickname_key: `student ${n}`,
						token_hash: hashSecret(`token ${n}`),
						joined_at: later(1 + n / 1000).toISOString()
					}))
				)
				.execute();
			await store.db
				.insertInto('attempts')
				.values(batch.map(({ id }) => ({ ...submitted, id: randomUUID(), participant_id: id })))
				.execute();
			// Every student reports a question.
			await store.db
				.insertInto('flags')
				.values(
					batch.map(({ n, id }) => ({
						id: randomUUID(),
						assignment_id: assignment.id,
						participant_id: id,
						question_id: 'c-single',
						comment: `report ${n}`,
						created_at: later(4 + n / 1000).toISOString()
					}))
				)
				.execute();
		}

		const everyone = await loadDashboard(store.db, catalogue, assignment, 'en', later(9));
		expect(everyone.students).toHaveLength(classSize);
		const first = await loadDashboard(store.db, catalogue, assignment, 'en', later(9), 1);
		expect(first.students).toHaveLength(studentsPerPage);
		expect(first.paging).toEqual({
			page: 1,
			pages: classSize / studentsPerPage,
			first: 1,
			last: studentsPerPage,
			total: classSize
		});
		// The figures are the whole class's, not the page's.
		expect(first.counts).toEqual({ joined: 0, working: 0, submitted: classSize });
		expect(first.distribution.reduce((a, b) => a + b, 0)).toBe(classSize);
		expect(first.items).toEqual(everyone.items);
		// The reports: the newest first, as many as one screen holds, and how many there are.
		expect(first.flagCount).toBe(classSize - 1);
		expect(first.flags).toHaveLength(flagsShown);
		expect(first.flags[0].comment).toBe(`report ${classSize - 1}`);
		expect(first.flags.at(-1)?.comment).toBe(`report ${classSize - flagsShown}`);
		// The payload is bounded by the page, whatever the class's size.
		const bytes = (d: unknown) => JSON.stringify(d).length;
		expect(bytes(first)).toBeLessThan(bytes(everyone) / 20);
		expect(first.students.map((s) => s.nickname)).toEqual(
			everyone.students.slice(0, studentsPerPage).map((s) => s.nickname)
		);

		// Another page holds the next rows; past the end is the last page.
		const second = await loadDashboard(store.db, catalogue, assignment, 'en', later(9), 2);
		expect(second.students.map((s) => s.nickname)).toEqual(
			everyone.students.slice(studentsPerPage, 2 * studentsPerPage).map((s) => s.nickname)
		);
		const past = await loadDashboard(store.db, catalogue, assignment, 'en', later(9), 999);
		expect(past.paging.page).toBe(classSize / studentsPerPage);
		expect(past.students).toHaveLength(studentsPerPage);

		// Each page is polled with its own version stamp (ETag).
		const v1 = await dashboardVersion(store.db, assignment, 'en', later(9), 1);
		expect(await dashboardVersion(store.db, assignment, 'en', later(9), 1)).toBe(v1);
		expect(await dashboardVersion(store.db, assignment, 'en', later(9), 2)).not.toBe(v1);
	}, 120_000);
});
