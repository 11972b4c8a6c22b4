import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../db/test-databases';
import { createAssignment } from './assignments';
import { flagQuestion, saveAnswers, submitAttempt } from './attempts';
import { dashboardVersion, matchesETag } from './dashboard-version';
import { joinAssignment } from './participants';
import { newAssignment, right, testCatalogue as catalogue } from './testing';

const now = new Date('2026-12-01T09:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);

describeOnEachDatabase('dashboard version', (store) => {
	it('stays while nothing changes and moves with every join, save, submission, flag and close', async () => {
		const { assignment } = await createAssignment(store.db, newAssignment(), now);
		const version = (a = assignment, t = later(99)) => dashboardVersion(store.db, a, 'hu', t);
		const seen = [await version()];
		expect(await version()).toBe(seen[0]);
		expect(await dashboardVersion(store.db, assignment, 'en', later(99))).not.toBe(seen[0]);
		const { token } = await joinAssignment(store.db, assignment, 'Anna', 'hu', later(1));
		seen.push(await version());
		const attemptId = randomUUID();
		const save = (seq: number, t: Date) =>
			saveAnswers(
				store.db,
				catalogue,
				{ token, attemptId, answers: [{ seq, questionId: 'c-single', answer: right }] },
				t
			);
		await save(1, later(2));
		seen.push(await version());
		await save(2, later(3));
		seen.push(await version());
		await flagQuestion(
			store.db,
			catalogue,
			{ token, questionId: 'c-single', comment: 'x' },
			later(4),
			randomUUID
		);
		seen.push(await version());
		await submitAttempt(store.db, catalogue, { token, attemptId, lang: 'hu' }, later(5));
		seen.push(await version());
		seen.push(await version({ ...assignment, closed: true }));
		expect(new Set(seen).size).toBe(seen.length);
	});

	it('matches If-None-Match, weak or in a list', async () => {
		const tag = '"abc"';
		const req = (h: string) => new Request('http://x/', { headers: { 'if-none-match': h } });
		expect(matchesETag(req('"abc"'), tag)).toBe(true);
		expect(matchesETag(req('"x", W/"abc"'), tag)).toBe(true);
		expect(matchesETag(req('"abd"'), tag)).toBe(false);
		expect(matchesETag(new Request('http://x/'), tag)).toBe(false);
	});
});
