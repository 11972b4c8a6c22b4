import type { Outcome } from './outcome';
import type { PlayerState } from './progress';
import type { Answer, PublicQuestion, Reveal } from './types';

/*
 * The quiz player's moves, as pure steps from one state to the next: the component holds the state
 * and the focus, these decide what changes, and stay testable without a browser.
 */

/** The questions in the attempt's order; ids the deal no longer holds are skipped. */
export function inOrder(questions: readonly PublicQuestion[], order: readonly string[]) {
	const byId = new Map(questions.map((q) => [q.id, q]));
	return order.map((id) => byId.get(id)).filter((q) => q !== undefined);
}

/** What the answering screen shows of the question at the attempt's position. */
export function currentView(
	state: PlayerState,
	ordered: readonly PublicQuestion[],
	mode: 'practice' | 'test'
) {
	const question = ordered[Math.min(state.position, ordered.length - 1)];
	const answer: Answer | null = question ? (state.answers[question.id] ?? null) : null;
	const checked = mode === 'practice' && !!question && state.checked.includes(question.id);
	const shown: Reveal | null = checked && question ? (state.reveals[question.id] ?? null) : null;
	return { question, answer, checked, shown };
}

/** How many of the questions have an answer, and how many revealed answers are right. */
export function tally(state: PlayerState, ordered: readonly PublicQuestion[]) {
	return {
		answered: ordered.filter((q) => state.answers[q.id]).length,
		correct: Object.values(state.reveals).filter((r) => r.result.correct).length
	};
}

/** The answer to `id` is final: it waits for its reveal. */
export const withCheck = (state: PlayerState, id: string): PlayerState => ({
	...state,
	checked: [...state.checked, id]
});

/** "Try this question again": the check and its reveal are dropped, the answer stays. */
export function withoutCheck(state: PlayerState, id: string): PlayerState {
	const { [id]: _dropped, ...reveals } = state.reveals; // eslint-disable-line @typescript-eslint/no-unused-vars
	return { ...state, checked: state.checked.filter((c) => c !== id), reveals };
}

/**
 * The state after the server answered for the answers `sent`: its reveals are added; a refusal
 * un-checks them so that they can be changed and checked again; offline, nothing changes yet.
 */
export function withOutcome(
	state: PlayerState,
	sent: readonly string[],
	outcome: Outcome<Record<string, Reveal>>
): PlayerState {
	if (outcome.kind === 'ok') return { ...state, reveals: { ...state.reveals, ...outcome.data } };
	if (outcome.kind === 'refused')
		return { ...state, checked: state.checked.filter((id) => !sent.includes(id)) };
	return state;
}

/** Back to answering at question `index` (0-based), kept within the quiz. */
export const atQuestion = (state: PlayerState, index: number, count: number): PlayerState => ({
	...state,
	phase: 'answering',
	position: Math.max(0, Math.min(index, count - 1))
});

/** The rows of the result screen: each question with its answer and reveal. */
export function resultRows(state: PlayerState, ordered: readonly PublicQuestion[]) {
	return ordered.map((q) => ({
		question: q,
		answer: state.answers[q.id] ?? null,
		reveal: state.reveals[q.id] ?? null
	}));
}
