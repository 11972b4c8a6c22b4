import { describe, expect, it } from 'vitest';
import { makeMulti, makeOneOfEach, makeSingle } from '$lib/testing/quiz';
import {
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
	let s = newState(questions, 7);
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
	it('orders every question once, by seed', () => {
		const s = newState(questions, 7);
		expect([...s.order].sort()).toEqual(questions.map((q) => q.id).sort());
		expect(newState(questions, 7).order).toEqual(s.order);
		expect(retryState(questions, s, 8)).toMatchObject({ attempt: 2, seed: 8, answers: {} });
		expect(retryState(questions, s, 8).order).not.toEqual(s.order);
	});
	it('removes an answer when given null', () => {
		const q = makeSingle();
		const s = withAnswer(withAnswer(newState([q], 1), q, answerKey(q)), q, null);
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
	it.each(['{', '"x"', '[]', 'null1', '{"version":1}'])('discards unreadable %s', (json) => {
		expect(parseProgress(json, questions)).toMatchObject({ state: null, discarded: 'unreadable' });
	});
	it('discards an unknown version as outdated', () => {
		const json = JSON.stringify({ ...answered(), version: 99 });
		expect(parseProgress(json, questions)).toMatchObject({ state: null, discarded: 'outdated' });
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
		const s = newState(questions, 3, 1, 'test');
		expect(parseProgress(serializeProgress(s), questions).state?.mode).toBe('test');
		expect(retryState(questions, s, 4).mode).toBe('test');
		expect(validateProgress({ ...s, mode: 'exam' }, questions).discarded).toBe('unreadable');
	});
});
