/** Points as shown to a reader: at most one decimal (2/3 of a point is 0.7, never 0.67 or 0.6666). */
export const shownPoints = (points: number) => Math.round(points * 10) / 10;

/** Total and share of a set of graded answers, for the result screen. */
export function scoreSummary(results: readonly { score: number; max: number }[]): {
	score: number;
	max: number;
	/** Between 0 and 1. */
	share: number;
} {
	const score = results.reduce((sum, r) => sum + r.score, 0);
	const max = results.reduce((sum, r) => sum + r.max, 0);
	return { score: shownPoints(score), max, share: max > 0 ? score / max : 0 };
}
