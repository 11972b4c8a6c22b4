import type { QuizId } from '$lib/content/anchors';
import { defaultThresholds } from '$lib/classroom/marks';
import type { NewAssignment } from '$lib/classroom/schemas';
import type { Question } from '$lib/quiz/types';
import { makeOneOfEach, makeSingle, makeTrueFalse } from '$lib/testing/quiz';
import { createCatalogue } from './catalogue';
import { ClassroomError } from './errors';

/** A small bank for storage specs: every question type in `article`, two questions in `context`. */
export const testBank: Record<QuizId, Question[]> = {
	article: makeOneOfEach(),
	context: [makeSingle({ id: 'c-single' }), makeTrueFalse({ id: 'c-tf', key: false })],
	data: [],
	words: []
};

export const testCatalogue = createCatalogue(testBank, {
	hu: { true: 'igaz', false: 'hamis' },
	en: { true: 'true', false: 'false' }
});

/** A valid new assignment, overridable field by field. */
export const newAssignment = (o: Partial<NewAssignment> = {}): NewAssignment => ({
	title: 'Class 9.B',
	quizIds: ['article', 'context'],
	mode: 'test',
	lang: 'choice',
	opensAt: null,
	closesAt: null,
	attemptsAllowed: 1,
	showAnswers: true,
	markThresholds: defaultThresholds,
	...o
});

/** The refusal a call ends with ('accepted' when it succeeds), so that a spec can assert its key. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ClassroomError) return error.key;
		throw error;
	}
	return 'accepted';
}

/** Answers to the bank's single-choice questions (key `b`): right and wrong. */
export const right = { type: 'single', choice: 'b' };
export const wrong = { type: 'single', choice: 'a' };
