import { questionsById } from '$lib/content/questions';
import type { Lang } from '$lib/i18n/langs';
import { answerKey } from '$lib/quiz/question';
import type { Question } from '$lib/quiz/types';
import type { StudentState } from './attempts';
import { describeAnswer, type Catalogue } from './catalogue';
import { redactQuestion } from './redact';

/** A submitted attempt as its student sees it; the details only when the teacher allows them. */
export interface StudentResult {
	number: number;
	score: number;
	max: number;
	submittedAt: string;
	items:
		| {
				questionId: string;
				prompt: string;
				points: number;
				max: number;
				given: string | null;
				correct: string;
				explanation: string;
		  }[]
		| null;
}

/**
 * What the attempt page may send to the browser: questions without keys or explanations (see
 * `redactQuestion`), and results only as far as the
 * teacher chose to show them.
 */
export function studentView(state: StudentState, catalogue: Catalogue, lang: Lang) {
	const { assignment } = state;
	const questions: Question[] = state.questionIds.map((id) =>
		redactQuestion(questionsById.get(id)!, assignment.seed)
	);
	const detailed = assignment.showAnswers || assignment.mode === 'practice';
	const results: StudentResult[] = state.submitted.map((r) => ({
		number: r.number,
		score: r.score,
		max: r.max,
		submittedAt: r.submittedAt,
		items: detailed
			? r.items.map((item) => {
					const question = questionsById.get(item.questionId)!;
					return {
						questionId: item.questionId,
						prompt: question.prompt[lang],
						points: item.points,
						max: item.max,
						given: item.answerKey
							? catalogue.answerText(item.questionId, item.answerKey, lang)
							: null,
						correct: catalogue.answerText(
							item.questionId,
							describeAnswer(answerKey(question, lang)),
							lang
						),
						explanation: question.explanation[lang]
					};
				})
			: null
	}));
	return {
		nickname: state.participant.nickname,
		title: assignment.title,
		code: assignment.code,
		mode: assignment.mode,
		seed: assignment.seed,
		questions,
		current: state.current,
		results,
		submittedIds: state.submitted.map((r) => r.attemptId),
		attemptsLeft: state.attemptsLeft
	};
}
