import type { ProgressStorage } from './progress';
import type { PublicQuestion } from './types';

/**
 * Dealt questions kept in the browser, so that a practice quiz works offline. The server deals
 * every attempt (the order and the ids it is shown with) and keeps the keys; what is kept here is
 * what the browser was already given, without keys:
 * - the questions of the attempt in progress, so that a reload resumes it with no connection;
 * - one spare deal per quiz, drawn while online, so that a new attempt can start offline.
 * Answers made offline are checked by the server once the connection is back (QuizPlayer).
 */
export interface KeptDeal {
	deal: string;
	questions: PublicQuestion[];
}

export const dealKey = (quizId: string) => `quiz-deal:${quizId}`;
export const spareKey = (quizId: string) => `quiz-spare:${quizId}`;

/** A kept deal read back, or null when it is missing or not of the kept shape. Never throws. */
export function parseKeptDeal(json: string | null | undefined): KeptDeal | null {
	if (!json) return null;
	try {
		const raw = JSON.parse(json) as Partial<KeptDeal> | null;
		const ok =
			!!raw &&
			typeof raw.deal === 'string' &&
			Array.isArray(raw.questions) &&
			raw.questions.length > 0 &&
			raw.questions.every((q) => !!q && typeof q === 'object' && typeof q.id === 'string');
		return ok ? (raw as KeptDeal) : null;
	} catch {
		return null;
	}
}

/** Storage may be missing or throw (private browsing, quota): then nothing is kept. */
export function dealStore(storage: ProgressStorage | undefined, quizId: string) {
	const read = (key: string) => {
		try {
			return parseKeptDeal(storage?.getItem(key));
		} catch {
			return null;
		}
	};
	const write = (key: string, kept: KeptDeal | null) => {
		try {
			if (kept) storage?.setItem(key, JSON.stringify(kept));
			else storage?.removeItem(key);
		} catch {
			// Keeping is a convenience for offline use; a full or blocked storage must not stop the quiz.
		}
	};
	return {
		/** The questions kept for this deal (the attempt in progress), if any. */
		questions(deal: string): PublicQuestion[] | null {
			const kept = read(dealKey(quizId));
			return kept && kept.deal === deal ? kept.questions : null;
		},
		/** Keeps the questions of the attempt in progress (one attempt per quiz, as its progress). */
		keep(kept: KeptDeal): void {
			write(dealKey(quizId), kept);
		},
		hasSpare(): boolean {
			return read(spareKey(quizId)) !== null;
		},
		/** Takes the spare deal for a new attempt: it is used once. */
		takeSpare(): KeptDeal | null {
			const spare = read(spareKey(quizId));
			if (spare) write(spareKey(quizId), null);
			return spare;
		},
		putSpare(spare: KeptDeal): void {
			write(spareKey(quizId), spare);
		}
	};
}
