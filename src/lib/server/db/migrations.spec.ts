import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createAssignment, findByCode } from '../classroom/assignments';
import { newAssignment } from '../classroom/testing';
import { migrations } from './migrations';
import { describeOnEachDatabase } from './test-databases';

const now = new Date('2026-12-03T09:00:00Z');
const lessonQuizIds = migrations['2026-12-03-001-lesson-quiz-ids'];

describeOnEachDatabase('lesson-scoped quiz ids', (store) => {
	it("moves the bare ids of assignments made before lessons had slugs to the first lesson's, and back", async () => {
		const db = store.db as unknown as Kysely<unknown>;
		const old = await createAssignment(
			store.db,
			newAssignment({ quizIds: ['article', 'words'] }),
			now
		);
		const mixed = await createAssignment(
			store.db,
			newAssignment({ quizIds: ['context', 'putin-pyongyang-2024/treaty'] }),
			now
		);
		const scoped = await createAssignment(
			store.db,
			newAssignment({ quizIds: ['shoigu-pyongyang-2024/data'] }),
			now
		);
		const quizzesOf = async (code: string) => (await findByCode(store.db, code))?.quizIds;

		await lessonQuizIds.up(db);
		expect(await quizzesOf(old.assignment.code)).toEqual([
			'shoigu-pyongyang-2024/article',
			'shoigu-pyongyang-2024/words'
		]);
		expect(await quizzesOf(mixed.assignment.code)).toEqual([
			'shoigu-pyongyang-2024/context',
			'putin-pyongyang-2024/treaty'
		]);
		expect(await quizzesOf(scoped.assignment.code)).toEqual(['shoigu-pyongyang-2024/data']);

		// Running it again changes nothing.
		await lessonQuizIds.up(db);
		expect(await quizzesOf(old.assignment.code)).toEqual([
			'shoigu-pyongyang-2024/article',
			'shoigu-pyongyang-2024/words'
		]);

		await lessonQuizIds.down!(db);
		expect(await quizzesOf(old.assignment.code)).toEqual(['article', 'words']);
		expect(await quizzesOf(mixed.assignment.code)).toEqual([
			'context',
			'putin-pyongyang-2024/treaty'
		]);
	});
});
