import { describe, expect, it } from 'vitest';
import { grade } from '$lib/quiz/grade';
import { answerKey } from '$lib/quiz/question';
import { makeOneOfEach, makeOrder } from '$lib/testing/quiz';
import { allQuizzes } from './bank';

const quizList = allQuizzes.map(({ quiz }) => quiz);
import { deal, dealQuestion, publicView, reveal, toBankAnswer, toShownAnswer } from './deal';

const bank = quizList.flatMap((q) => q.questions);

describe('a deal', () => {
	it('grades the key, in its own ids, as the bank grades the bank key', () => {
		for (const q of [...makeOneOfEach(), ...bank]) {
			const d = dealQuestion(q, 'k1');
			const key = answerKey(d.shown, 'en');
			expect(grade(d.shown, key).correct).toBe(true);
			expect(toBankAnswer(d, key)).toEqual(answerKey(q, 'en'));
			expect(toShownAnswer(d, answerKey(q, 'en'))).toEqual(key);
		}
	});

	it('shows the browser no key, explanation, evidence or bank option id', () => {
		for (const q of bank) {
			const d = dealQuestion(q, 'k2');
			const shown = JSON.stringify(publicView(d));
			expect(shown).not.toContain(q.explanation.hu);
			expect(shown).not.toContain(q.explanation.en);
			expect(publicView(d)).not.toHaveProperty('key');
			expect(publicView(d)).not.toHaveProperty('evidence');
			for (const bankId of d.toShown.keys()) expect(shown).not.toContain(`"id":"${bankId}"`);
			// Typed answers: the accepted variants stay here (a prompt may name the word in the other language).
			expect(shown).not.toContain('variants');
		}
	});

	it('puts the right option anywhere, not first as the bank does', () => {
		const singles = bank.filter((q) => q.type === 'single');
		const positions = new Set<number>();
		for (let i = 0; i < 40; i++)
			for (const q of singles) {
				const d = dealQuestion(q, `key-${i}`);
				if (d.shown.type !== 'single') throw new Error('type');
				positions.add(d.shown.options.findIndex((o) => o.id === d.shown.key));
			}
		expect([...positions].sort()).toEqual([0, 1, 2, 3]);
	});

	it('never shows order items in the right order', () => {
		const q = makeOrder();
		for (let i = 0; i < 100; i++) {
			const d = dealQuestion(q, `k${i}`);
			if (d.shown.type !== 'order') throw new Error('type');
			expect(d.shown.items.map((o) => o.id)).not.toEqual(d.shown.key);
		}
	});

	it('differs from one attempt to the next, and is the same for the same attempt', () => {
		const questions = quizList[0].questions;
		const a = deal(questions, 'attempt-a');
		expect(deal(questions, 'attempt-a')).toEqual(a);
		const b = deal(questions, 'attempt-b');
		expect(b.questions.map((d) => d.bank.id)).not.toEqual(a.questions.map((d) => d.bank.id));
		const idsA = [...a.questions[0].toBank.keys()];
		const idsB = [...b.byId.get(a.questions[0].bank.id)!.toBank.keys()];
		expect(idsA.some((id) => idsB.includes(id))).toBe(false);
	});

	it('maps an id of another attempt to nothing', () => {
		const q = makeOneOfEach()[0];
		const mine = dealQuestion(q, 'mine');
		const other = dealQuestion(q, 'other');
		expect(toBankAnswer(mine, answerKey(other.shown))).toBeNull();
	});

	it('reveals only right or wrong when the answers stay hidden', () => {
		const q = makeOneOfEach()[1];
		const d = dealQuestion(q, 'k');
		const shownKey = answerKey(d.shown);
		expect(reveal(d, shownKey, false)).toEqual({
			result: expect.objectContaining({ correct: true, parts: {}, feedback: ['correct'] }),
			key: null,
			explanation: null,
			evidence: null
		});
		expect(reveal(d, shownKey, true)).toMatchObject({
			key: { hu: shownKey, en: shownKey },
			explanation: q.explanation,
			evidence: q.evidence
		});
	});
});
