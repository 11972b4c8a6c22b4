import type { Kysely } from 'kysely';
import type { Evidence } from '$lib/content/anchors';
import type { CheckBody } from '$lib/classroom/schemas';
import type { GradeResult, Text } from '$lib/quiz/types';
import type { Database } from '../db/schema';
import { requireOpen } from './assignments';
import type { Catalogue } from './catalogue';
import { ClassroomError } from './errors';
import { findByToken } from './participants';

/** What a practice check tells the student about one answer. */
export interface CheckResult {
	result: GradeResult;
	/** In both languages, so that switching language keeps the feedback readable. */
	explanation: Text;
	evidence: Evidence;
}

/**
 * Grades one answer of a practice assignment, as the practice quizzes do in the browser; here on
 * the server, because the student's page holds no keys. The explanation and evidence are always
 * given: practice mode is for learning, and its results show them after submitting anyway, whatever
 * the teacher chose for showing answers. Nothing is written: the attempt's score comes from the
 * answers saved and graded at submission, never from a check.
 */
export async function checkAnswer(
	db: Kysely<Database>,
	catalogue: Catalogue,
	body: CheckBody,
	now: Date
): Promise<CheckResult> {
	const { assignment } = await findByToken(db, body.token);
	// In test mode a check would hand out the key question by question.
	if (assignment.mode !== 'practice') throw new ClassroomError('check_not_allowed');
	requireOpen(assignment, now);
	if (!catalogue.questionIds(assignment.quizIds).includes(body.questionId)) {
		throw new ClassroomError('invalid');
	}
	const answer = catalogue.parseAnswer(body.questionId, body.answer);
	if (answer === undefined) throw new ClassroomError('invalid');
	return {
		result: catalogue.check(body.questionId, answer),
		...catalogue.explain(body.questionId)
	};
}
