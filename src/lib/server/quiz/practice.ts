import * as v from 'valibot';
import { questionIdSchema } from '$lib/classroom/schemas';
import type { PublicQuestion, Reveal } from '$lib/quiz/types';
import { ClassroomError } from '../classroom/errors';
import { findQuiz, type LessonQuiz } from './bank';
import { deal, parseShownAnswer, publicView, reveal, type Deal } from './deal';
import { dealKey } from './dealer';

const invalid = 'errors.invalid';

/**
 * A practice attempt is named by its quiz's practice name (a ref, or a bare id for the default
 * lesson's quizzes) and a random UUID the browser draws when the reader starts.
 */
const practiceAttempt = {
	quiz: v.pipe(
		v.string(invalid),
		v.maxLength(200, invalid),
		v.transform(findQuiz),
		v.check((quiz) => quiz !== undefined, invalid),
		v.transform((quiz) => quiz as LessonQuiz)
	),
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

async function practiceDeal(quiz: LessonQuiz, attempt: string): Promise<Deal> {
	return deal(quiz.quiz.questions, await dealKey('practice', quiz.practiceName, attempt));
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
