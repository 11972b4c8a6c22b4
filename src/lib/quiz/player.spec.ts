import { describe, expect, it } from 'vitest';
import { makeSingle, makeTrueFalse } from '$lib/testing/quiz';
import {
	atQuestion,
	currentView,
	inOrder,
	resultRows,
	tally,
	withCheck,
	withOutcome,
	withoutCheck
} from './player';
import { newState } from './progress';
import type { PublicQuestion, Question, Reveal } from './types';

const hide = ({ key, explanation, evidence, ...rest }: Question) => rest as PublicQuestion; // eslint-disable-line @typescript-eslint/no-unused-vars
const one = hide(makeSingle({ id: 'q1' }));
const two = hide(makeTrueFalse({ id: 'q2' }));
const questions = [one, two];
const reveal = (correct: boolean): Reveal => ({
	result: { questionId: 'x', score: correct ? 1 : 0, max: 1, correct, parts: {}, feedback: [] },
	key: null,
	explanation: null,
	evidence: null
});
const start = () => ({
	...newState(questions, 'deal'),
	order: ['q2', 'q1'],
	answers: { q1: { type: 'single' as const, choice: 'a' } }
});

describe('the quiz player’s steps', () => {
	it('puts the questions in the attempt’s order and skips ids it no longer has', () => {
		expect(inOrder(questions, ['q2', 'gone', 'q1'])).toEqual([two, one]);
	});

	it('shows the reveal of the question on screen only once it is checked, and only in practice', () => {
		const state = { ...withCheck(start(), 'q1'), position: 1, reveals: { q1: reveal(true) } };
		const ordered = inOrder(questions, state.order);
		expect(currentView(state, ordered, 'practice')).toMatchObject({
			question: one,
			answer: { type: 'single', choice: 'a' },
			checked: true,
			shown: reveal(true)
		});
		expect(currentView(state, ordered, 'test')).toMatchObject({ checked: false, shown: null });
		expect(currentView({ ...state, position: 9 }, ordered, 'practice').question).toBe(one);
		expect(currentView(state, [], 'practice')).toMatchObject({ question: undefined, answer: null });
	});

	it('counts the answered questions and the right reveals', () => {
		const state = { ...start(), reveals: { q1: reveal(true), q2: reveal(false) } };
		expect(tally(state, questions)).toEqual({ answered: 1, correct: 1 });
	});

	it('trying again drops the check and its reveal but keeps the answer', () => {
		const state = { ...withCheck(start(), 'q1'), reveals: { q1: reveal(false), q2: reveal(true) } };
		const again = withoutCheck(state, 'q1');
		expect(again.checked).toEqual([]);
		expect(Object.keys(again.reveals)).toEqual(['q2']);
		expect(again.answers).toEqual(state.answers);
	});

	it('adds the server’s reveals, un-checks refused answers, and waits when offline', () => {
		const state = withCheck(withCheck(start(), 'q1'), 'q2');
		expect(withOutcome(state, ['q1'], { kind: 'ok', data: { q1: reveal(true) } }).reveals).toEqual({
			q1: reveal(true)
		});
		expect(withOutcome(state, ['q1'], { kind: 'refused', error: 'closed' }).checked).toEqual([
			'q2'
		]);
		expect(withOutcome(state, ['q1'], { kind: 'offline' })).toBe(state);
	});

	it('moves to a question within the quiz, back in the answering phase', () => {
		const review = { ...start(), phase: 'review' as const };
		expect(atQuestion(review, 1, 2)).toMatchObject({ phase: 'answering', position: 1 });
		expect(atQuestion(review, 5, 2).position).toBe(1);
		expect(atQuestion(review, -1, 2).position).toBe(0);
	});

	it('gives the result screen each question with its answer and reveal', () => {
		const state = { ...start(), reveals: { q1: reveal(true) } };
		expect(resultRows(state, [two, one])).toEqual([
			{ question: two, answer: null, reveal: null },
			{ question: one, answer: { type: 'single', choice: 'a' }, reveal: reveal(true) }
		]);
	});
});
