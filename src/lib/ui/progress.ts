import type { Lang } from '$lib/i18n/langs';

/**
 * What the browser remembers of a student's way through the lesson, for the home page: the last
 * explainer section read and each quiz's best score. Only in localStorage, never sent anywhere.
 */

export interface LastRead {
	/** The section's id in the explainer (`#id`). */
	section: string;
	title: string;
	lang: Lang;
}

export interface BestScore {
	score: number;
	max: number;
}

const lastReadKey = 'lesson:last-read';
/** The best score of each practice quiz finished in this browser: quiz id → { score, max }. */
export const bestScoresKey = 'lesson:best-scores';

function read(key: string): unknown {
	try {
		const raw = localStorage.getItem(key);
		return raw ? JSON.parse(raw) : null;
	} catch {
		return null;
	}
}

export function saveLastRead(last: LastRead): void {
	try {
		localStorage.setItem(lastReadKey, JSON.stringify(last));
	} catch {
		// Private mode or storage full: the home page simply offers no "continue".
	}
}

export function readLastRead(): LastRead | null {
	const value = read(lastReadKey) as Partial<LastRead> | null;
	if (!value || typeof value.section !== 'string' || typeof value.title !== 'string') return null;
	if (value.lang !== 'hu' && value.lang !== 'en') return null;
	if (!/^[\w-]+$/.test(value.section)) return null;
	return { section: value.section, title: value.title, lang: value.lang };
}

/** Best scores by quiz id; anything malformed is left out rather than shown wrong. */
export function readBestScores(): Record<string, BestScore> {
	const value = read(bestScoresKey);
	if (!value || typeof value !== 'object') return {};
	const scores: Record<string, BestScore> = {};
	for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
		const { score, max } = (entry ?? {}) as Partial<BestScore>;
		if (typeof score === 'number' && typeof max === 'number' && max > 0 && score >= 0)
			scores[id] = { score: Math.min(score, max), max };
	}
	return scores;
}

/** Keeps a finished practice quiz's score when it beats the one kept (by share of the points). */
export function saveBestScore(quizId: string, result: BestScore): void {
	const scores = readBestScores();
	const kept = scores[quizId];
	if (kept && kept.score / kept.max >= result.score / result.max) return;
	try {
		localStorage.setItem(bestScoresKey, JSON.stringify({ ...scores, [quizId]: result }));
	} catch {
		// Private mode or storage full: the home page simply shows no score.
	}
}
