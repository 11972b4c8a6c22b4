import type { AnswerProblem } from './errors';
import type { Answer, QuestionShape } from './types';

const isString = (x: unknown): x is string => typeof x === 'string';
const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** Longest typed answer we look at; anything longer is not an answer but abuse. */
export const maxTextLength = 200;

/** The option ids an answer may use for a question (items for order, right ids for match). */
function choiceIds(question: QuestionShape): string[] {
	switch (question.type) {
		case 'single':
		case 'multi':
		case 'table':
			return question.options.map((o) => o.id);
		case 'order':
			return question.items.map((o) => o.id);
		case 'match':
			return question.right.map((o) => o.id);
		default:
			return [];
	}
}

function checkIds(
	question: QuestionShape,
	ids: unknown,
	allowed: readonly string[]
): AnswerProblem | null {
	if (!Array.isArray(ids) || !ids.every(isString))
		return { code: 'wrong_shape', questionId: question.id };
	const seen = new Set<string>();
	for (const id of ids) {
		if (!allowed.includes(id))
			return { code: 'unknown_option', questionId: question.id, optionId: id };
		if (seen.has(id)) return { code: 'duplicate_option', questionId: question.id, optionId: id };
		seen.add(id);
	}
	return null;
}

/**
 * Checks that an untrusted value is an answer to this question: the right type, the right shape
 * and only the question's own option ids. Returns the first problem found, or null.
 * Works on `unknown` so the same check guards request bodies, saved progress and the player.
 */
export function findAnswerProblem(question: QuestionShape, answer: unknown): AnswerProblem | null {
	const questionId = question.id;
	if (!isRecord(answer) || !isString(answer.type)) return { code: 'wrong_shape', questionId };
	if (answer.type !== question.type) return { code: 'type_mismatch', questionId };
	const allowed = choiceIds(question);
	switch (question.type) {
		case 'single':
		case 'table':
			if (!isString(answer.choice)) return { code: 'wrong_shape', questionId };
			return checkIds(question, [answer.choice], allowed);
		case 'multi':
			return checkIds(question, answer.choices, allowed);
		case 'truefalse':
			return typeof answer.value === 'boolean' ? null : { code: 'wrong_shape', questionId };
		case 'order': {
			const problem = checkIds(question, answer.sequence, allowed);
			if (problem) return problem;
			return (answer.sequence as string[]).length === allowed.length
				? null
				: { code: 'incomplete', questionId };
		}
		case 'match': {
			if (!isRecord(answer.pairs)) return { code: 'wrong_shape', questionId };
			const leftIds = question.left.map((o) => o.id);
			for (const [left, right] of Object.entries(answer.pairs)) {
				if (!leftIds.includes(left)) return { code: 'unknown_option', questionId, optionId: left };
				if (!isString(right)) return { code: 'wrong_shape', questionId };
				if (!allowed.includes(right))
					return { code: 'unknown_option', questionId, optionId: right };
			}
			return null;
		}
		case 'numeric':
			return typeof answer.value === 'number' && Number.isFinite(answer.value)
				? null
				: { code: 'wrong_shape', questionId };
		case 'text':
			return isString(answer.text) &&
				answer.text.length <= maxTextLength &&
				(answer.lang === 'hu' || answer.lang === 'en')
				? null
				: { code: 'wrong_shape', questionId };
	}
}

/** Type guard over `findAnswerProblem`. */
export function fitsQuestion(question: QuestionShape, answer: unknown): answer is Answer {
	return findAnswerProblem(question, answer) === null;
}
