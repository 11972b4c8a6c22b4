import type { Kysely } from 'kysely';
import type { Answer, PublicQuestion, Question, Reveal } from '$lib/quiz/types';
import { fitsQuestion } from '$lib/quiz/validate';
import type { Database } from '../db/schema';
import { questionsById } from '../quiz/bank';
import {
	deal,
	dealQuestion,
	parseShownAnswer,
	publicView,
	reveal,
	toBankAnswer,
	toShownAnswer,
	type DealtQuestion
} from '../quiz/deal';
import { dealKey } from '../quiz/dealer';
import { clearedAnswer, type AttemptResult } from './attempts';
import { ClassroomError } from './errors';

/*
 * A class attempt is dealt like a practice quiz: its own question order, option order and option
 * ids, from the student's resume token and the attempt's id. The browser speaks only in those ids;
 * the server maps every answer back to the bank's before storing it, so storage, grading and the
 * teacher's dashboard work in the bank's ids as before.
 */

const attemptKey = (token: string, attemptId: string) => dealKey('class', token, attemptId);

const bankQuestion = (id: string): Question => {
	const q = questionsById.get(id);
	if (!q) throw new ClassroomError('invalid');
	return q;
};

/**
 * The id of a student's next attempt, derived rather than drawn: a reload or a second device gets
 * the same id, and so the same deal, before the first answer creates the attempt.
 */
export async function nextAttemptId(token: string, number: number): Promise<string> {
	const b = Buffer.from(await dealKey('attempt-id', token, String(number)), 'base64url');
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const hex = b.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One answer in the attempt's ids, checked and put in the bank's ids; refused if it does not fit. */
function answerToBank(d: DealtQuestion, raw: unknown): { shown: Answer; bank: Answer } {
	const shown = parseShownAnswer(d, raw);
	const bank = shown && toBankAnswer(d, shown);
	if (!shown || !bank) throw new ClassroomError('invalid');
	return { shown, bank };
}

/** A batch from the save queue, in the bank's ids; one answer that does not fit refuses the batch. */
export async function answersToBank<T extends { questionId: string; answer: unknown }>(
	token: string,
	attemptId: string,
	answers: readonly T[]
): Promise<T[]> {
	const key = await attemptKey(token, attemptId);
	return answers.map((item) =>
		item.answer === null
			? item
			: {
					...item,
					answer: answerToBank(dealQuestion(bankQuestion(item.questionId), key), item.answer).bank
				}
	);
}

/** A practice check: the answer in the bank's ids (for the storage's own checks) and what to reveal. */
export async function checkInAttempt(
	token: string,
	attemptId: string,
	questionId: string,
	raw: unknown
): Promise<{ bank: Answer; reveal: Reveal }> {
	const d = dealQuestion(bankQuestion(questionId), await attemptKey(token, attemptId));
	const { shown, bank } = answerToBank(d, raw);
	return { bank, reveal: reveal(d, shown, true) };
}

/** A stored answer (bank ids) in the attempt's ids, or null if it no longer fits its question. */
function shownAnswer(d: DealtQuestion, stored: unknown): Answer | null {
	return stored != null && fitsQuestion(d.bank, stored) ? toShownAnswer(d, stored) : null;
}

/** The attempt in progress (or about to start) as its student's browser may see it. */
export async function dealAttempt(
	token: string,
	attemptId: string,
	questionIds: readonly string[],
	saved: Record<string, unknown>
): Promise<{ questions: PublicQuestion[]; answers: Record<string, Answer> }> {
	const dealt = deal(questionIds.map(bankQuestion), await attemptKey(token, attemptId));
	const answers: Record<string, Answer> = {};
	for (const d of dealt.questions) {
		const a = shownAnswer(d, saved[d.bank.id]);
		if (a) answers[d.bank.id] = a;
	}
	return { questions: dealt.questions.map(publicView), answers };
}

export interface ResultRow {
	question: PublicQuestion;
	answer: Answer | null;
	reveal: Reveal;
}

/**
 * A submitted attempt for its student's result screen: in that attempt's order and ids, each
 * question marked with the points stored at submission, keys and explanations only if `show`.
 */
export async function dealtResult(
	db: Kysely<Database>,
	token: string,
	result: AttemptResult,
	show: boolean
): Promise<ResultRow[]> {
	const rows = await db
		.selectFrom('answers')
		.select(['question_id', 'answer'])
		.where('attempt_id', '=', result.attemptId)
		.where('answer', '!=', clearedAnswer)
		.execute();
	const stored = new Map(rows.map((r) => [r.question_id, JSON.parse(r.answer) as unknown]));
	const items = new Map(result.items.map((i) => [i.questionId, i]));
	const dealt = deal(
		result.items.map((i) => bankQuestion(i.questionId)),
		await attemptKey(token, result.attemptId)
	);
	return dealt.questions.map((d) => {
		const answer = shownAnswer(d, stored.get(d.bank.id));
		const r = reveal(d, answer, show);
		const item = items.get(d.bank.id)!;
		// The points stored at submission count, even if the question was edited since.
		const score = item.points;
		const correct = score >= item.max;
		return {
			question: publicView(d),
			answer,
			reveal: { ...r, result: { ...r.result, score, correct } }
		};
	});
}
