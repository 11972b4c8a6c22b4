import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { answerKey } from '$lib/quiz/question';
import { describeOnEachDatabase } from '../db/test-databases';
import { createAssignment, findByCode } from './assignments';
import { saveAnswers, submitAttempt } from './attempts';
import { loadDashboard } from './dashboard';
import { joinAssignment } from './participants';
import { newAssignment, testBank, testCatalogue as catalogue } from './testing';

/**
 * A class far larger than a real one works at once: 200 students join, save every answer (one
 * wrong first, then the right one, with every request sent twice as a flaky network would), and
 * submit, all interleaved, through the same service functions the API endpoints call.
 */
const students = 200;
const questions = [...testBank.article, ...testBank.context];

describeOnEachDatabase('200 concurrent students', (store, target) => {
	it(
		'loses and duplicates nothing',
		{ timeout: Number(process.env.CONCURRENCY_TIMEOUT ?? 60_000) },
		async () => {
			const now = new Date();
			const { assignment } = await createAssignment(store.db, newAssignment(), now);
			const started = performance.now();
			let requests = 0;
			const twice = async <T>(call: () => Promise<T>): Promise<T> => {
				requests += 2;
				const [first] = await Promise.all([call(), call()]);
				return first;
			};
			const results = await Promise.all(
				Array.from({ length: students }, async (_, n) => {
					const found = (await findByCode(store.db, assignment.code))!;
					requests++;
					const { token } = await joinAssignment(
						store.db,
						found,
						`Student ${n}`,
						n % 2 ? 'en' : 'hu',
						now
					);
					const attemptId = randomUUID();
					// Student n answers the first n % questions.length questions right, the rest wrong.
					const rightCount = n % (questions.length + 1);
					let seq = 0;
					const save = (answers: { seq: number; questionId: string; answer: unknown }[]) =>
						saveAnswers(store.db, catalogue, { token, attemptId, answers }, now);
					// First thoughts, in two batches as the browser's queue sends them: wrong where possible.
					const first = questions.map((q) => ({
						seq: ++seq,
						questionId: q.id,
						answer: wrongAnswer(q.id) ?? answerKey(q, 'en')
					}));
					await twice(() => save(first.slice(0, 5)));
					await twice(() => save(first.slice(5)));
					// Second thoughts: the first `rightCount` answers corrected.
					const fixes = questions
						.slice(0, rightCount)
						.map((q) => ({ seq: ++seq, questionId: q.id, answer: answerKey(q, 'en') }));
					if (fixes.length) await twice(() => save(fixes));
					// A late copy of the first batch arrives after the corrections and must change nothing.
					requests++;
					await save(first.slice(0, 5));
					const { result } = await twice(() =>
						submitAttempt(
							store.db,
							catalogue,
							{ token, attemptId, lang: n % 2 ? 'en' : 'hu' },
							new Date()
						)
					);
					return {
						nickname: `Student ${n}`,
						expected: expectedScore(rightCount),
						got: result.score
					};
				})
			);
			const seconds = (performance.now() - started) / 1000;

			const count = async (table: 'participants' | 'attempts') =>
				Number(
					(
						await store.db
							.selectFrom(table)
							.select((eb) => eb.fn.countAll<number>().as('n'))
							.where('assignment_id', '=', assignment.id)
							.executeTakeFirstOrThrow()
					).n
				);
			expect(await count('participants')).toBe(students);
			expect(await count('attempts')).toBe(students);
			const answers = await store.db
				.selectFrom('answers')
				.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.where('attempts.assignment_id', '=', assignment.id)
				.executeTakeFirstOrThrow();
			expect(Number(answers.n)).toBe(students * questions.length);
			for (const r of results) expect(r.got).toBeCloseTo(r.expected, 5);
			const dash = await loadDashboard(store.db, catalogue, assignment, 'en', new Date());
			expect(dash.counts).toEqual({ joined: 0, working: 0, submitted: students });
			const shown = new Map(dash.students.map((s) => [s.nickname, s.score]));
			for (const r of results) expect(shown.get(r.nickname)).toBe(r.got);
			console.info(
				`[concurrency] ${target.name}: ${students} students, ${requests} service calls, ${Number(answers.n)} answers stored, ${seconds.toFixed(2)} s`
			);
		}
	);
});

/** A wrong answer for the questions where one is easy to write; the others start right. */
function wrongAnswer(questionId: string): unknown {
	const q = questions.find((x) => x.id === questionId)!;
	switch (q.type) {
		case 'single':
		case 'table':
			return { type: q.type, choice: q.options.find((o) => o.id !== q.key)!.id };
		case 'truefalse':
			return { type: 'truefalse', value: !q.key };
		case 'numeric':
			return { type: 'numeric', value: q.key.value + q.key.tolerance * 10 + 1 };
		default:
			return undefined;
	}
}

/** Score of a student with the first `rightCount` questions right; the others are wrong only if `wrongAnswer` has one. */
function expectedScore(rightCount: number): number {
	return questions.reduce((sum, q, i) => {
		if (i < rightCount || wrongAnswer(q.id) === undefined) return sum + 1;
		return sum;
	}, 0);
}
