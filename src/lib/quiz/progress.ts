import { scoreSummary } from './score';
import { hashString } from './shuffle';
import { findAnswerProblem } from './validate';
import type { Answer, QuestionShape, Reveal } from './types';

/**
 * The state of one attempt at a quiz, as the player keeps it and as it is saved (in localStorage for
 * practice, on the server for assignments). Answers are stored by question id and option id, never
 * by text or by position in a shuffled list, so they survive a language switch and a reload.
 */
export interface PlayerState {
	version: 2;
	/** Names this attempt's deal: the server decides from it the order and ids it is shown with. */
	deal: string;
	/** Question ids in the order they are shown. */
	order: string[];
	/** Index into `order` of the question on screen. */
	position: number;
	/** 'answering' one question at a time, 'review' before submitting, 'result' after. */
	phase: 'answering' | 'review' | 'result';
	answers: Record<string, Answer>;
	/**
	 * Practice mode: ids of questions whose answer is final (locked until "try again"); each gets its
	 * reveal from the server, at once or, offline, once the connection is back.
	 */
	checked: string[];
	/** What the server revealed about final answers: grading, key, explanation. */
	reveals: Record<string, Reveal>;
	/** Fingerprint of each answered question, to notice a question that changed since it was saved. */
	fingerprints: Record<string, number>;
	/** 1 for the first attempt, +1 for each retry. */
	round: number;
	/** The mode the attempt was started in, so a reload resumes in the same mode. */
	mode?: 'practice' | 'test';
}

export const progressVersion = 2;

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
export function fingerprint(question: QuestionShape): number {
	return hashString(JSON.stringify(question));
}

/** A fresh attempt at the questions of a deal, in the order dealt; no answers. */
export function newState(
	questions: readonly QuestionShape[],
	deal: string,
	round = 1,
	mode?: PlayerState['mode']
): PlayerState {
	return {
		...(mode ? { mode } : {}),
		version: progressVersion,
		deal,
		order: questions.map((q) => q.id),
		position: 0,
		phase: 'answering',
		answers: {},
		checked: [],
		reveals: {},
		fingerprints: {},
		round
	};
}

/** Records an answer (or removes it when `answer` is null), with the question's fingerprint. */
export function withAnswer(
	state: PlayerState,
	question: QuestionShape,
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

/** The next attempt: a new deal (new order and ids), no answers. */
export function retryState(
	questions: readonly QuestionShape[],
	state: PlayerState,
	deal: string
): PlayerState {
	return newState(questions, deal, state.round + 1, state.mode);
}

/** Questions whose answer is final but whose reveal has not arrived (offline, or just sent). */
export function awaitingReveal(state: PlayerState): string[] {
	const final = state.phase === 'result' ? state.order : state.checked;
	return final.filter((id) => !state.reveals[id]);
}

/** The score of a finished attempt, once every question's reveal is in; otherwise null. */
export function finalScore(state: PlayerState): { score: number; max: number } | null {
	if (state.phase !== 'result' || awaitingReveal(state).length > 0) return null;
	const results = state.order.map((id) => state.reveals[id].result);
	return scoreSummary(results);
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
 * Brings an older saved shape up to the current version. Version 1 named options by the bank's ids,
 * which the browser no longer knows: it cannot be migrated. A value without a known version is
 * discarded too, because guessing could mix up answers.
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
export function validateProgress(
	raw: unknown,
	questions: readonly QuestionShape[]
): LoadedProgress {
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
		typeof s.deal !== 'string' ||
		!isStringArray(s.order) ||
		!isNat(s.position) ||
		!(s.phase === 'answering' || s.phase === 'review' || s.phase === 'result') ||
		!isObject(s.answers) ||
		!isStringArray(s.checked) ||
		!isObject(s.reveals) ||
		!isObject(s.fingerprints) ||
		!isNat(s.round) ||
		s.round < 1 ||
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
	// A reveal is kept only for a question still in the quiz and unchanged since it was answered.
	const reveals = Object.fromEntries(
		Object.entries(s.reveals).filter(
			([id, r]) => byId.has(id) && isObject(r) && isObject(r.result) && !droppedAnswers.includes(id)
		)
	) as Record<string, Reveal>;
	const lost = changedSet || droppedAnswers.length > 0;
	const state: PlayerState = {
		...(s.mode ? { mode: s.mode as PlayerState['mode'] } : {}),
		version: progressVersion,
		deal: s.deal,
		order,
		position: Math.min(s.position, Math.max(0, order.length - 1)),
		// Results of a quiz whose questions changed would no longer be the reader's results.
		phase: lost && s.phase === 'result' ? 'review' : s.phase,
		answers,
		checked,
		reveals,
		fingerprints,
		round: s.round
	};
	return { state, discarded: lost ? 'questions_changed' : null, droppedAnswers };
}

/** Parses and validates saved JSON; bad JSON is reported as unreadable, never thrown. */
export function parseProgress(
	json: string | null,
	questions: readonly QuestionShape[]
): LoadedProgress {
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
		load(questions: readonly QuestionShape[]): LoadedProgress {
			let json: string | null = null;
			try {
				json = storage?.getItem(key) ?? null;
			} catch {
				return { state: null, discarded: null, droppedAnswers: [] };
			}
			return parseProgress(json, questions);
		},
		/** The saved deal's name, so that its questions can be fetched before the rest is validated. */
		savedDeal(): string | null {
			try {
				const raw = migrateProgress(JSON.parse(storage?.getItem(key) ?? 'null'));
				return raw && typeof raw.deal === 'string' ? raw.deal : null;
			} catch {
				return null;
			}
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
