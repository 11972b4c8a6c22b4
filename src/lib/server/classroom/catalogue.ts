import type { Evidence } from '$lib/content/anchors';
import type { Lang } from '$lib/i18n/langs';
import { parseAnswer } from '$lib/quiz/answer-schema';
import { grade } from '$lib/quiz/grade';
import type { Answer, GradeResult, Question, Text } from '$lib/quiz/types';
import { fitsQuestion } from '$lib/quiz/validate';

/** How one answer to one question was graded on the server. */
export interface GradedItem {
	points: number;
	max: number;
	/** Language-independent description of the answer (for the "most chosen wrong answer"), null when unanswered. */
	answerKey: string | null;
}

/**
 * What the classroom needs from the quiz engine and question bank. The services depend on this
 * interface only, so that they can be tested with a small fake bank and the bank can grow freely.
 */
export interface Catalogue {
	/** The question ids of the given quizzes (by ref), in quiz order then question order. */
	questionIds(quizRefs: readonly string[]): string[];
	/** The answer if it is a well-formed answer to the question, otherwise undefined. */
	parseAnswer(questionId: string, raw: unknown): unknown | undefined;
	/** Grades an answer (undefined: not answered) with the shared `grade()`. */
	grade(questionId: string, answer: unknown | undefined): GradedItem;
	/** The full grading of one answer (feedback keys and parts too), for a practice check. */
	check(questionId: string, answer: unknown | undefined): GradeResult;
	/** Why the key is right and where the text says so, shown after a practice check. */
	explain(questionId: string): { explanation: Text; evidence: Evidence };
	/** The question's prompt, for the teacher's dashboard. */
	prompt(questionId: string, lang: Lang): string;
	/** The text of an answer described by `answerKey` (see `GradedItem`), for the teacher's dashboard. */
	answerText(questionId: string, answerKey: string, lang: Lang): string;
}

/** Words for true/false answers on the dashboard, per language. */
export type TrueFalseWords = Record<Lang, { true: string; false: string }>;

/**
 * The catalogue over a question bank, grading with the shared engine (`grade()` from `$lib/quiz`),
 * the same code the browser runs for practice.
 */
export function createCatalogue(
	bank: Readonly<Record<string, readonly Question[]>>,
	words: TrueFalseWords
): Catalogue {
	const byId = new Map<string, Question>();
	for (const questions of Object.values(bank)) for (const q of questions) byId.set(q.id, q);
	const question = (id: string): Question => {
		const q = byId.get(id);
		if (!q) throw new Error(`Unknown question ${id}`);
		return q;
	};
	return {
		questionIds: (quizRefs) => quizRefs.flatMap((quiz) => (bank[quiz] ?? []).map((q) => q.id)),
		parseAnswer(questionId, raw) {
			const q = byId.get(questionId);
			if (!q || isEmptyMatch(raw)) return undefined;
			return parseAnswer(q, raw) ?? undefined;
		},
		grade(questionId, answer) {
			const q = question(questionId);
			const fits = answer !== undefined && fitsQuestion(q, answer);
			const result = grade(q, fits ? answer : null);
			return {
				points: result.score,
				max: result.max,
				answerKey: fits ? describeAnswer(answer) : null
			};
		},
		check(questionId, answer) {
			const q = question(questionId);
			return grade(q, answer !== undefined && fitsQuestion(q, answer) ? answer : null);
		},
		explain(questionId) {
			const q = question(questionId);
			return { explanation: q.explanation, evidence: q.evidence };
		},
		prompt: (questionId, lang) => byId.get(questionId)?.prompt[lang] ?? questionId,
		answerText(questionId, answerKey, lang) {
			const q = byId.get(questionId);
			if (!q) return answerKey;
			const options = 'options' in q ? q.options : q.type === 'order' ? q.items : [];
			const text = (id: string) => options.find((o) => o.id === id)?.text[lang] ?? id;
			switch (q.type) {
				case 'single':
				case 'table':
				case 'multi':
					return answerKey.split(',').filter(Boolean).map(text).join('; ');
				case 'order':
					return answerKey.split('>').map(text).join(' → ');
				case 'truefalse':
					return words[lang][answerKey === 'true' ? 'true' : 'false'];
				case 'match': {
					const left = (id: string) => q.left.find((o) => o.id === id)?.text[lang] ?? id;
					const right = (id: string) => q.right.find((o) => o.id === id)?.text[lang] ?? id;
					return answerKey
						.split(',')
						.filter(Boolean)
						.map((pair) => pair.split('=') as [string, string])
						.map(([l, r]) => `${left(l)} – ${right(r)}`)
						.join('; ');
				}
				default:
					return answerKey;
			}
		}
	};
}

/**
 * An answer as a short, language-independent string, so that equal answers compare equal:
 * option ids (sorted where order does not matter), `true`/`false`, the number, or the typed text.
 */
export function describeAnswer(answer: Answer): string {
	switch (answer.type) {
		case 'single':
		case 'table':
			return answer.choice;
		case 'multi':
			return [...answer.choices].sort().join(',');
		case 'truefalse':
			return String(answer.value);
		case 'order':
			return answer.sequence.join('>');
		case 'match':
			return Object.entries(answer.pairs)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([l, r]) => `${l}=${r}`)
				.join(',');
		case 'numeric':
			return String(answer.value);
		case 'text':
			return answer.text.trim().toLocaleLowerCase(answer.lang === 'hu' ? 'hu-HU' : 'en-GB');
	}
}

/**
 * A match answer that pairs nothing (`pairs: {}`, or an array, which the record schema would take
 * as one): not an answer. A student who takes every pair back clears the answer (`null`) instead.
 */
function isEmptyMatch(raw: unknown): boolean {
	if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'match') {
		return false;
	}
	const pairs = (raw as { pairs?: unknown }).pairs;
	return (
		Array.isArray(pairs) ||
		(typeof pairs === 'object' && pairs !== null && !Object.keys(pairs).length)
	);
}
