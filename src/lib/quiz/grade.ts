import { AnswerMismatchError } from './errors';
import { matchText } from './normalise';
import { findAnswerProblem } from './validate';
import type {
	Answer,
	FeedbackKey,
	GradeResult,
	MatchAnswer,
	MatchQuestion,
	MultiAnswer,
	MultiQuestion,
	NumericAnswer,
	NumericQuestion,
	OrderAnswer,
	OrderQuestion,
	Question,
	TextAnswer,
	TextQuestion
} from './types';

/*
 * Scoring rules. Every question is worth 1 point.
 * - single, true/false, table: 1 for the key, else 0.
 * - multi: (share of correct options chosen) - (share of wrong options chosen), never below 0.
 *   Choosing everything therefore earns 0, as does choosing nothing: guessing does not pay.
 * - order: Kendall's tau clipped at 0: (pairs in the right relative order - pairs in the wrong
 *   order) / all pairs. The right order earns 1; one adjacent swap among four items 2/3; a random or
 *   reversed order 0 on average, so handing back the shuffled list untouched earns nothing.
 * - match: share of left items matched to the right partner; unmatched items count as wrong.
 * - numeric: 1 within the tolerance, else 0; a miss within three times the tolerance gets the
 *   `numeric_close` hint but no points.
 * - text: 1 when the normalised answer equals an accepted variant (see normalise.ts); a near miss by
 *   accents only, or an answer in the other language, gets a hint but no points.
 * Scores are rounded to two decimals so that sums are stable across machines.
 */

const round = (n: number) => Math.round(n * 100) / 100;

function result(
	question: Question,
	score: number,
	parts: Record<string, boolean>,
	extra: FeedbackKey[] = []
): GradeResult {
	const s = round(Math.max(0, Math.min(1, score)));
	const verdict: FeedbackKey = s === 1 ? 'correct' : s > 0 ? 'partial' : 'incorrect';
	return {
		questionId: question.id,
		score: s,
		max: 1,
		correct: s === 1,
		parts,
		feedback: [verdict, ...extra]
	};
}

function gradeMulti(q: MultiQuestion, a: MultiAnswer): GradeResult {
	const chosen = new Set(a.choices);
	const parts: Record<string, boolean> = {};
	let hits = 0;
	let falseHits = 0;
	for (const o of q.options) {
		const shouldPick = q.key.includes(o.id);
		parts[o.id] = shouldPick === chosen.has(o.id);
		if (shouldPick && chosen.has(o.id)) hits++;
		if (!shouldPick && chosen.has(o.id)) falseHits++;
	}
	const wrongCount = q.options.length - q.key.length;
	const score = hits / q.key.length - (wrongCount === 0 ? 0 : falseHits / wrongCount);
	const extra: FeedbackKey[] = [];
	if (hits < q.key.length) extra.push('multi_missed');
	if (falseHits > 0) extra.push('multi_extra');
	return result(q, score, parts, extra);
}

function gradeOrder(q: OrderQuestion, a: OrderAnswer): GradeResult {
	const rank = new Map(q.key.map((id, i) => [id, i]));
	const seq = a.sequence;
	let concordant = 0;
	let discordant = 0;
	for (let i = 0; i < seq.length; i++)
		for (let j = i + 1; j < seq.length; j++)
			if (rank.get(seq[i])! < rank.get(seq[j])!) concordant++;
			else discordant++;
	const total = concordant + discordant;
	const parts = Object.fromEntries(seq.map((id, i) => [id, q.key[i] === id]));
	const score = total === 0 ? 1 : (concordant - discordant) / total;
	return result(q, score, parts, score < 1 ? ['order_misplaced'] : []);
}

function gradeMatch(q: MatchQuestion, a: MatchAnswer): GradeResult {
	const parts: Record<string, boolean> = {};
	let right = 0;
	let missing = 0;
	for (const l of q.left) {
		const chosen = a.pairs[l.id];
		if (chosen === undefined) missing++;
		parts[l.id] = chosen === q.key[l.id];
		if (parts[l.id]) right++;
	}
	const extra: FeedbackKey[] = [];
	if (right + missing < q.left.length) extra.push('match_wrong');
	if (missing > 0) extra.push('match_missing');
	return result(q, right / q.left.length, parts, extra);
}

function gradeNumeric(q: NumericQuestion, a: NumericAnswer): GradeResult {
	const diff = a.value - q.key.value;
	const ok = Math.abs(diff) <= q.key.tolerance;
	const extra: FeedbackKey[] = [];
	if (!ok) {
		if (Math.abs(diff) <= 3 * Math.max(q.key.tolerance, Math.abs(q.key.value) * 0.01))
			extra.push('numeric_close');
		extra.push(diff < 0 ? 'numeric_too_low' : 'numeric_too_high');
	}
	return result(q, ok ? 1 : 0, { answer: ok }, extra);
}

function gradeText(q: TextQuestion, a: TextAnswer): GradeResult {
	const accepted = q.key[a.lang];
	const match = matchText(a.text, accepted.variants, accepted.lang);
	if (match === 'exact') return result(q, 1, { answer: true });
	if (match === 'accents') return result(q, 0, { answer: false }, ['text_accents']);
	const other = q.key[a.lang === 'hu' ? 'en' : 'hu'];
	const otherMatch =
		other.lang !== accepted.lang && matchText(a.text, other.variants, other.lang) !== 'none';
	return result(q, 0, { answer: false }, otherMatch ? ['text_other_language'] : []);
}

/** The result for a question left unanswered (or an empty typed answer). */
export function unanswered(question: Question): GradeResult {
	return {
		questionId: question.id,
		score: 0,
		max: 1,
		correct: false,
		parts: {},
		feedback: ['unanswered']
	};
}

/**
 * Grades one answer. Pure and deterministic: the browser uses it for practice feedback and the
 * server re-grades assignment answers with it, so no score sent by a browser is ever trusted.
 *
 * @param answer the reader's answer, or null/undefined when the question was skipped.
 * @throws AnswerMismatchError when the answer does not fit the question (wrong type or shape,
 *   an option id the question does not have, an item twice, an incomplete order).
 */
export function grade(question: Question, answer: Answer | null | undefined): GradeResult {
	if (answer === null || answer === undefined) return unanswered(question);
	const problem = findAnswerProblem(question, answer);
	if (problem) throw new AnswerMismatchError(problem);
	// The switch is over the question; findAnswerProblem has checked that the answer's type matches.
	switch (question.type) {
		case 'single':
		case 'table': {
			const choice = (answer as { choice: string }).choice;
			const parts = Object.fromEntries(
				question.options.map((o) => [o.id, (o.id === question.key) === (o.id === choice)])
			);
			return result(question, choice === question.key ? 1 : 0, parts);
		}
		case 'truefalse': {
			const ok = (answer as { value: boolean }).value === question.key;
			return result(question, ok ? 1 : 0, { answer: ok });
		}
		case 'multi': {
			const a = answer as MultiAnswer;
			return a.choices.length === 0 ? unanswered(question) : gradeMulti(question, a);
		}
		case 'order':
			return gradeOrder(question, answer as OrderAnswer);
		case 'match': {
			const a = answer as MatchAnswer;
			return Object.keys(a.pairs).length === 0 ? unanswered(question) : gradeMatch(question, a);
		}
		case 'numeric':
			return gradeNumeric(question, answer as NumericAnswer);
		case 'text': {
			const a = answer as TextAnswer;
			return a.text.trim() === '' ? unanswered(question) : gradeText(question, a);
		}
	}
}

/** Total of a set of results. */
export function totalScore(results: readonly GradeResult[]): { score: number; max: number } {
	return {
		score: round(results.reduce((sum, r) => sum + r.score, 0)),
		max: results.reduce((sum, r) => sum + r.max, 0)
	};
}
