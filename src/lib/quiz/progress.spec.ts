import { describe, expect, it } from 'vitest';
import { makeMulti, makeOneOfEach, makeSingle } from '$lib/testing/quiz';
import {
	awaitingReveal,
	finalScore,
	newState,
	parseProgress,
	progressStore,
	retryState,
	serializeProgress,
	validateProgress,
	withAnswer,
	type ProgressStorage
} from './progress';
import { answerKey } from './question';

const questions = makeOneOfEach();

function answered() {
	let s = newState(questions, 'deal-7');
	for (const q of questions) s = withAnswer(s, q, answerKey(q));
	return { ...s, position: 3, checked: [questions[0].id] };
}

class MemoryStorage implements ProgressStorage {
	map = new Map<string, string>();
	getItem = (k: string) => this.map.get(k) ?? null;
	setItem = (k: string, v: string) => void this.map.set(k, v);
	removeItem = (k: string) => void this.map.delete(k);
}

describe('newState and retryState', () => {
	it('keeps the order the questions were dealt in; a retry names a new deal', () => {
		const s = newState(questions, 'deal-7');
		expect(s.order).toEqual(questions.map((q) => q.id));
		expect(retryState(questions, s, 'deal-8')).toMatchObject({
			round: 2,
			deal: 'deal-8',
			answers: {},
			reveals: {}
		});
	});
	it('removes an answer when given null', () => {
		const q = makeSingle();
		const s = withAnswer(withAnswer(newState([q], 'd'), q, answerKey(q)), q, null);
		expect(s.answers).toEqual({});
		expect(s.fingerprints).toEqual({});
	});
});

describe('parseProgress', () => {
	it('round-trips a saved state exactly', () => {
		const s = answered();
		expect(parseProgress(serializeProgress(s), questions)).toEqual({
			state: s,
			discarded: null,
			droppedAnswers: []
		});
	});
	it('reports nothing saved as nothing discarded', () => {
		expect(parseProgress(null, questions)).toEqual({
			state: null,
			discarded: null,
			droppedAnswers: []
		});
	});
	it.each(['{', '"x"', '[]', 'null1', '{"version":2}'])('discards unreadable %s', (json) => {
		expect(parseProgress(json, questions)).toMatchObject({ state: null, discarded: 'unreadable' });
	});
	it('discards an unknown version, and version 1 (the bank option ids), as outdated', () => {
		for (const version of [1, 99]) {
			const json = JSON.stringify({ ...answered(), version });
			expect(parseProgress(json, questions)).toMatchObject({ state: null, discarded: 'outdated' });
		}
	});
});

describe('validateProgress with changed questions', () => {
	it('drops the answer to a question whose content changed', () => {
		const s = answered();
		const changed = questions.map((q) => (q.id === 'q-multi' ? makeMulti({ key: ['a'] }) : q));
		const r = validateProgress(s, changed);
		expect(r.discarded).toBe('questions_changed');
		expect(r.droppedAnswers).toEqual(['q-multi']);
		expect(r.state?.answers).not.toHaveProperty('q-multi');
		expect(Object.keys(r.state!.answers)).toHaveLength(questions.length - 1);
	});
	it('drops removed questions, appends new ones and clamps the position', () => {
		const s = { ...answered(), position: 7 };
		const fewer = questions.slice(0, 3);
		const r = validateProgress(s, [...fewer, makeSingle({ id: 'new' })]);
		expect(r.state!.order).toHaveLength(4);
		expect(r.state!.order.at(-1)).toBe('new');
		expect(r.state!.position).toBe(3);
		expect(r.discarded).toBe('questions_changed');
	});
	it('drops a tampered answer and moves a result back to review', () => {
		const s = answered();
		const bad = {
			...s,
			phase: 'result',
			answers: { ...s.answers, 'q-single': { type: 'single', choice: 'zzz' } }
		};
		const r = validateProgress(bad, questions);
		expect(r.droppedAnswers).toEqual(['q-single']);
		expect(r.state!.phase).toBe('review');
		expect(r.state!.checked).toEqual([]);
	});
});

describe('progressStore', () => {
	it('saves, loads and clears', () => {
		const storage = new MemoryStorage();
		const store = progressStore(storage, 'article');
		const s = answered();
		store.save(s);
		expect(store.load(questions).state).toEqual(s);
		store.clear();
		expect(store.load(questions).state).toBeNull();
	});
	it('survives a storage that throws or is missing', () => {
		const throwing: ProgressStorage = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('quota');
			},
			removeItem: () => {
				throw new Error('blocked');
			}
		};
		const store = progressStore(throwing, 'article');
		expect(() => store.save(answered())).not.toThrow();
		expect(store.load(questions)).toEqual({ state: null, discarded: null, droppedAnswers: [] });
		expect(progressStore(undefined, 'x').load(questions).state).toBeNull();
	});
});

describe('mode', () => {
	it('is kept through save, load and retry, and a bad mode is unreadable', () => {
		const s = newState(questions, 'd3', 1, 'test');
		expect(parseProgress(serializeProgress(s), questions).state?.mode).toBe('test');
		expect(retryState(questions, s, 'd4').mode).toBe('test');
		expect(validateProgress({ ...s, mode: 'exam' }, questions).discarded).toBe('unreadable');
	});
});

describe('reveals', () => {
	const reveal = {
		result: { questionId: 'x', score: 1, max: 1 as const, correct: true, parts: {}, feedback: [] },
		key: null,
		explanation: null,
		evidence: null
	};
	it('are awaited for checked answers, and for every question once submitted', () => {
		const s = answered();
		expect(awaitingReveal(s)).toEqual([questions[0].id]);
		const withReveal = { ...s, reveals: { [questions[0].id]: reveal } };
		expect(awaitingReveal(withReveal)).toEqual([]);
		expect(awaitingReveal({ ...withReveal, phase: 'result' })).toEqual(
			questions.slice(1).map((q) => q.id)
		);
	});
	it('are kept on reload, but not for an answer that was dropped', () => {
		const s = { ...answered(), reveals: { 'q-single': reveal, 'q-multi': reveal } };
		const changed = questions.map((q) => (q.id === 'q-multi' ? makeMulti({ key: ['a'] }) : q));
		expect(Object.keys(validateProgress(s, changed).state!.reveals)).toEqual(['q-single']);
	});
	it('give the final score only once every question has one', () => {
		const s = { ...answered(), phase: 'result' as const, reveals: { [questions[0].id]: reveal } };
		expect(finalScore(s)).toBeNull();
		expect(finalScore({ ...s, phase: 'answering' })).toBeNull();
		const half = { ...reveal, result: { ...reveal.result, score: 0.5, correct: false } };
		const all = Object.fromEntries(questions.map((q, i) => [q.id, i === 0 ? half : reveal]));
		expect(finalScore({ ...s, reveals: all })).toEqual({
			score: questions.length - 0.5,
			max: questions.length,
			share: (questions.length - 0.5) / questions.length
		});
	});
	it('saves the deal it needs to fetch before loading', () => {
		const store = progressStore(new MemoryStorage(), 'article');
		expect(store.savedDeal()).toBeNull();
		store.save(answered());
		expect(store.savedDeal()).toBe('deal-7');
	});
});
