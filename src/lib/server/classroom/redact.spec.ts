import { describe, expect, it } from 'vitest';
import { quizList } from '$lib/content/questions';
import { displayOptions } from '$lib/quiz/display';
import { answerKey } from '$lib/quiz/question';
import type { Question } from '$lib/quiz/types';
import { makeOrder } from '$lib/testing/quiz';
import { redactQuestion } from './redact';

describe('questions sent to a student during an assignment', () => {
	it('carry neither the key nor the explanation of any question in the bank', () => {
		const questions = quizList.flatMap((q) => q.questions);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			const shown = redactQuestion(question, 1234);
			expect(shown.id).toBe(question.id);
			expect(shown.explanation).toEqual({ hu: '', en: '' });
			const text = JSON.stringify(shown.key);
			const real = answerKey(question, 'hu');
			if (real.type === 'text') expect(text).not.toContain(real.text);
			if (real.type === 'single' || real.type === 'table') expect(text).not.toContain(real.choice);
			if (real.type === 'numeric') expect(shown.key).toEqual({ value: 0, tolerance: 0 });
		}
	});

	it('keeps the language a typed answer is expected in', () => {
		const text = quizList.flatMap((q) => q.questions).find((q) => q.type === 'text');
		expect(text).toBeDefined();
		const shown = redactQuestion(text!, 1);
		expect(shown.type === 'text' && shown.key.hu.variants).toEqual([]);
		expect(shown.type === 'text' && shown.key.en.lang).toBe(
			text!.type === 'text' && text!.key.en.lang
		);
	});

	it('shows options in the order the practice player does, and order items never solved', () => {
		// The bank's questions, plus ordering questions listed in the right order: the hardest case.
		const questions = [
			...quizList.flatMap((q) => q.questions),
			makeOrder(),
			makeOrder({ id: 'q-three', items: makeOrder().items.slice(0, 3), key: ['w', 'x', 'y'] })
		];
		for (const question of questions) {
			for (const seed of [1, 2, 3, 42, 1234, 99_999, 2 ** 31 - 2]) {
				const ids = (q: Question) => displayOptions(q, seed).map((o) => o.id);
				const shown = ids(redactQuestion(question, seed));
				expect(shown).toEqual(ids(question));
				if (question.type === 'order') expect(shown).not.toEqual(question.key);
			}
		}
	});
});
