/** Why an answer does not fit its question. */
export type AnswerProblemCode =
	'type_mismatch' | 'wrong_shape' | 'unknown_option' | 'duplicate_option' | 'incomplete';

export interface AnswerProblem {
	code: AnswerProblemCode;
	questionId: string;
	/** The offending option id, when there is one. */
	optionId?: string;
}

/**
 * Thrown by `grade()` for an answer that does not fit its question (a tampered request, a stale
 * saved attempt). Callers decide: the server answers 400, the player discards the saved answer.
 */
export class AnswerMismatchError extends Error {
	readonly code: AnswerProblemCode;
	readonly questionId: string;
	readonly optionId: string | undefined;

	constructor(problem: AnswerProblem) {
		super(
			`Answer does not fit question ${problem.questionId}: ${problem.code}` +
				(problem.optionId === undefined ? '' : ` (${problem.optionId})`)
		);
		this.name = 'AnswerMismatchError';
		this.code = problem.code;
		this.questionId = problem.questionId;
		this.optionId = problem.optionId;
	}
}
