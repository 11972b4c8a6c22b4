import { hashString, shuffle } from './shuffle';
import { findAnswerProblem } from './validate';
import type { Answer, Question } from './types';

/**
 * The state of one attempt at a quiz, as the player keeps it and as it is saved (in localStorage for
 * practice, on the server for assignments). Answers are stored by question id and option id, never
 * by text or by position in a shuffled list, so they survive a language switch and a reload.
 */
export interface PlayerState {
	version: 1;
	/** Seed of this attempt: decides the question order (`order`) and the option order on screen. */
	seed: number;
	/** Question ids in the order they are shown. */
	order: string[];
	/** Index into `order` of the question on screen. */
	position: number;
	/** 'answering' one question at a time, 'review' before submitting, 'result' after. */
	phase: 'answering' | 'review' | 'result';
	answers: Record<string, Answer>;
	/** Practice mode: ids of questions whose feedback is showing (the answer is locked until retry). */
	checked: string[];
	/** Fingerprint of each answered question, to notice a question that changed since it was saved. */
	fingerprints: Record<string, number>;
	/** 1 for the first attempt, +1 for each retry. */
	attempt: number;
	/** The mode the attempt was started in, so a reload resumes in the same mode. */
	mode?: 'practice' | 'test';
}

export const progressVersion = 1;

/** Why (part of) a saved state was discarded; the player shows a translated notice for it. */
export type DiscardReason = 'unreadable' | 'outdated' | 'questions_changed';

export interface LoadedProgress {
	/** Null when nothing was saved or nothing could be used. */
	state: PlayerState | null;
	/** Set when something saved was thrown away. */
	discarded: DiscardReason | null;
	/** Ids of questions whose saved answer was dropped. */
	droppedAnswers: string[];
}

/** A hash of everything about a question that affects its answer. Text-only edits count too. */
export function fingerprint(question: Question): number {
	return hashString(JSON.stringify(question));
}

/** A fresh attempt: questions in a seeded order, no answers. */
export function newState(
	questions: readonly Question[],
	seed: number,
	attempt = 1,
	mode?: PlayerState['mode']
): PlayerState {
	return {
		...(mode ? { mode } : {}),
		version: progressVersion,
		seed,
		order: shuffle(
			questions.map((q) => q.id),
			seed,
			'questions'
		),
		position: 0,
		phase: 'answering',
		answers: {},
		checked: [],
		fingerprints: {},
		attempt
	};
}

/** Records an answer (or removes it when `answer` is null), with the question's fingerprint. */
export function withAnswer(
	state: PlayerState,
	question: Question,
	answer: Answer | null
): PlayerState {
	const answers = { ...state.answers };
	const fingerprints = { ...state.fingerprints };
	if (answer === null) {
		delete answers[question.id];
		delete fingerprints[question.id];
	} else {
		answers[question.id] = answer;
		fingerprints[question.id] = fingerprint(question);
	}
	return { ...state, answers, fingerprints };
}

/** The next attempt: a new seed, new order, no answers. */
export function retryState(
	questions: readonly Question[],
	state: PlayerState,
	seed: number
): PlayerState {
	return newState(questions, seed, state.attempt + 1, state.mode);
}

export function serializeProgress(state: PlayerState): string {
	return JSON.stringify(state);
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: unknown): x is string[] =>
	Array.isArray(x) && x.every((s) => typeof s === 'string');
const isNat = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/**
 * Brings an older saved shape up to the current version. There is only version 1 so far; a value
 * without a known version is not migrated but discarded, because guessing could mix up answers.
 */
export function migrateProgress(raw: unknown): Record<string, unknown> | null {
	if (!isObject(raw)) return null;
	return raw.version === progressVersion ? raw : null;
}

/**
 * Checks an untrusted saved state against the current questions and keeps what is still valid:
 * answers whose question still exists, is unchanged and accepts the answer; the saved order with
 * removed questions dropped and new ones appended. Never throws.
 */
export function validateProgress(raw: unknown, questions: readonly Question[]): LoadedProgress {
	const none = (discarded: DiscardReason | null): LoadedProgress => ({
		state: null,
		discarded,
		droppedAnswers: []
	});
	if (raw === null || raw === undefined) return none(null);
	if (!isObject(raw)) return none('unreadable');
	const s = migrateProgress(raw);
	if (!s) return none('outdated');
	if (
		!isNat(s.seed) ||
		!isStringArray(s.order) ||
		!isNat(s.position) ||
		!(s.phase === 'answering' || s.phase === 'review' || s.phase === 'result') ||
		!isObject(s.answers) ||
		!isStringArray(s.checked) ||
		!isObject(s.fingerprints) ||
		!isNat(s.attempt) ||
		s.attempt < 1 ||
		!(s.mode === undefined || s.mode === 'practice' || s.mode === 'test')
	)
		return none('unreadable');

	const byId = new Map(questions.map((q) => [q.id, q]));
	const savedOrder = [...new Set(s.order)].filter((id) => byId.has(id));
	const order = [
		...savedOrder,
		...questions.map((q) => q.id).filter((id) => !savedOrder.includes(id))
	];
	const changedSet = savedOrder.length !== s.order.length || order.length !== savedOrder.length;

	const answers: Record<string, Answer> = {};
	const fingerprints: Record<string, number> = {};
	const droppedAnswers: string[] = [];
	for (const [id, answer] of Object.entries(s.answers)) {
		const q = byId.get(id);
		if (q && s.fingerprints[id] === fingerprint(q) && !findAnswerProblem(q, answer)) {
			answers[id] = answer as Answer;
			fingerprints[id] = fingerprint(q);
		} else droppedAnswers.push(id);
	}
	const checked = s.checked.filter((id) => id in answers);
	const lost = changedSet || droppedAnswers.length > 0;
	const state: PlayerState = {
		...(s.mode ? { mode: s.mode as PlayerState['mode'] } : {}),
		version: progressVersion,
		seed: s.seed,
		order,
		position: Math.min(s.position, Math.max(0, order.length - 1)),
		// Results of a quiz whose questions changed would no longer be the reader's results.
		phase: lost && s.phase === 'result' ? 'review' : s.phase,
		answers,
		checked,
		fingerprints,
		attempt: s.attempt
	};
	return { state, discarded: lost ? 'questions_changed' : null, droppedAnswers };
}

/** Parses and validates saved JSON; bad JSON is reported as unreadable, never thrown. */
export function parseProgress(json: string | null, questions: readonly Question[]): LoadedProgress {
	if (json === null) return validateProgress(null, questions);
	try {
		return validateProgress(JSON.parse(json), questions);
	} catch {
		return { state: null, discarded: 'unreadable', droppedAnswers: [] };
	}
}

/** The part of the Web Storage API that progress needs, so tests can pass a Map-backed fake. */
export interface ProgressStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The storage key of a practice attempt at a quiz. */
export const progressKey = (quizId: string) => `quiz-progress:${quizId}`;

/**
 * Thin wrapper over a storage. Storage may be missing or throw (private browsing, quota, blocked
 * cookies): then progress is simply not saved, and the quiz still works.
 */
export function progressStore(storage: ProgressStorage | undefined, quizId: string) {
	const key = progressKey(quizId);
	return {
		load(questions: readonly Question[]): LoadedProgress {
			let json: string | null = null;
			try {
				json = storage?.getItem(key) ?? null;
			} catch {
				return { state: null, discarded: null, droppedAnswers: [] };
			}
			return parseProgress(json, questions);
		},
		save(state: PlayerState): void {
			try {
				storage?.setItem(key, serializeProgress(state));
			} catch {
				// Saving is a convenience; a full or blocked storage must not stop the quiz.
			}
		},
		clear(): void {
			try {
				storage?.removeItem(key);
			} catch {
				// As above.
			}
		}
	};
}
