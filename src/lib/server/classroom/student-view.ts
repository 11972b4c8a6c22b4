import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { StudentState } from './attempts';
import { dealAttempt, dealtResult, nextAttemptId, type ResultRow } from './attempt-deal';

/** A submitted attempt in a line: for the attempts before the latest. */
export interface AttemptSummary {
	number: number;
	score: number;
	max: number;
	submittedAt: string;
}

/**
 * What the attempt page may send to the browser: the attempt in progress (or the next one) dealt
 * for this student, without keys or explanations; the latest result, with the right answers and
 * explanations only when the teacher allows them (always in practice mode).
 */
export async function studentView(db: Kysely<Database>, state: StudentState, token: string) {
	const { assignment } = state;
	const attemptId = state.current?.id ?? (await nextAttemptId(token, state.submitted.length + 1));
	const { questions, answers } = await dealAttempt(
		token,
		attemptId,
		state.questionIds,
		state.current?.answers ?? {}
	);
	const detailed = assignment.showAnswers || assignment.mode === 'practice';
	const last = state.submitted.at(-1);
	const latest: { number: number; score: number; max: number; rows: ResultRow[] } | null = last
		? {
				number: last.number,
				score: last.score,
				max: last.max,
				rows: await dealtResult(db, token, last, detailed)
			}
		: null;
	const summaries: AttemptSummary[] = state.submitted.map((r) => ({
		number: r.number,
		score: r.score,
		max: r.max,
		submittedAt: r.submittedAt
	}));
	return {
		nickname: state.participant.nickname,
		title: assignment.title,
		code: assignment.code,
		mode: assignment.mode,
		attemptId,
		inProgress: state.current !== null,
		questions,
		answers,
		seq: state.current?.seq ?? 0,
		latest,
		submitted: summaries,
		attemptsLeft: state.attemptsLeft
	};
}
