import * as v from 'valibot';
import { quizIds, type QuizId } from '$lib/content/anchors';
import { questionIdSchema } from '$lib/classroom/schemas';
import type { PublicQuestion, Reveal } from '$lib/quiz/types';
import { ClassroomError } from '../classroom/errors';
import { quizzes } from './bank';
import { deal, parseShownAnswer, publicView, reveal, type Deal } from './deal';
import { dealKey } from './dealer';

const invalid = 'errors.invalid';

/** A practice attempt is named by a random UUID the browser draws when the reader starts. */
const practiceAttempt = {
	quiz: v.picklist(quizIds, invalid),
	attempt: v.pipe(v.string(invalid), v.uuid(invalid))
};

export const practiceDealSchema = v.strictObject(practiceAttempt);

/** Answers to check: one ("Check my answer") or all of them (submitting). `null`: not answered. */
export const practiceCheckSchema = v.strictObject({
	...practiceAttempt,
	answers: v.pipe(
		v.array(
			v.strictObject({ questionId: questionIdSchema, answer: v.nullable(v.unknown()) }),
			invalid
		),
		v.minLength(1, invalid),
		v.maxLength(100, invalid)
	)
});

async function practiceDeal(quiz: QuizId, attempt: string): Promise<Deal> {
	return deal(quizzes[quiz].questions, await dealKey('practice', quiz, attempt));
}

/** The questions of one practice attempt, as its browser may see them. */
export async function dealPractice(
	body: v.InferOutput<typeof practiceDealSchema>
): Promise<PublicQuestion[]> {
	return (await practiceDeal(body.quiz, body.attempt)).questions.map(publicView);
}

/**
 * Grades answers of a practice attempt with the shared `grade()` and reveals each key and
 * explanation: in practice an answer is final once the reader checks it. Nothing is stored. An
 * answer that does not fit its question (tampered, or from another attempt) refuses the whole batch.
 */
export async function checkPractice(
	body: v.InferOutput<typeof practiceCheckSchema>
): Promise<Record<string, Reveal>> {
	const dealt = await practiceDeal(body.quiz, body.attempt);
	const out: Record<string, Reveal> = {};
	for (const { questionId, answer } of body.answers) {
		const d = dealt.byId.get(questionId);
		if (!d) throw new ClassroomError('invalid');
		const parsed = answer === null ? null : parseShownAnswer(d, answer);
		if (parsed === null && answer !== null) throw new ClassroomError('invalid');
		out[questionId] = reveal(d, parsed, true);
	}
	return out;
}
