import * as v from 'valibot';
import { maxTextLength, findAnswerProblem } from './validate';
import type { Answer, QuestionShape } from './types';

const id = v.pipe(v.string(), v.maxLength(100));

/** The shape of each answer type, without regard to a particular question. */
export const answerShapeSchema = v.variant('type', [
	v.object({ type: v.literal('single'), choice: id }),
	v.object({ type: v.literal('table'), choice: id }),
	v.object({ type: v.literal('multi'), choices: v.pipe(v.array(id), v.maxLength(50)) }),
	v.object({ type: v.literal('truefalse'), value: v.boolean() }),
	v.object({ type: v.literal('order'), sequence: v.pipe(v.array(id), v.maxLength(50)) }),
	v.object({ type: v.literal('match'), pairs: v.record(id, id) }),
	v.object({ type: v.literal('numeric'), value: v.pipe(v.number(), v.finite()) }),
	v.object({
		type: v.literal('text'),
		text: v.pipe(v.string(), v.maxLength(maxTextLength)),
		lang: v.picklist(['hu', 'en'])
	})
]);

/**
 * A schema that accepts only an answer to this particular question: right type, right shape, only
 * the question's own option ids, every order item once. Unknown keys are dropped. Use it on request
 * bodies before `grade()`; the issue message is the problem code (`unknown_option`, `type_mismatch`, …).
 *
 * @example v.safeParse(answerSchema(question), body.answer)
 */
export function answerSchema(question: QuestionShape) {
	return v.pipe(
		answerShapeSchema,
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const problem = findAnswerProblem(question, dataset.value);
			if (problem)
				addIssue({
					message: problem.optionId ? `${problem.code}: ${problem.optionId}` : problem.code
				});
		})
	) as v.GenericSchema<unknown, Answer>;
}

/** Parses an untrusted answer for a question: the answer, or null if it does not fit. */
export function parseAnswer(question: QuestionShape, input: unknown): Answer | null {
	const parsed = v.safeParse(answerSchema(question), input);
	return parsed.success ? parsed.output : null;
}
