/**
 * Suggested five-point marks (ötfokozatú érdemjegy) from a percentage, for the school register.
 * The teacher sets the lowest percentage of marks 2, 3, 4 and 5; below the first is a 1.
 */
export type Mark = 1 | 2 | 3 | 4 | 5;
export type MarkThresholds = readonly [number, number, number, number];

/** 1: below 40%, 2: 40–54%, 3: 55–69%, 4: 70–84%, 5: from 85%. */
export const defaultThresholds: MarkThresholds = [40, 55, 70, 85];

/** Whole percentages from 1 to 100, each above the one before. */
export function validThresholds(t: readonly number[]): t is MarkThresholds {
	return (
		t.length === 4 &&
		t.every((n, i) => Number.isInteger(n) && n >= 1 && n <= 100 && (i === 0 || n > t[i - 1]))
	);
}

/** As stored in the database: `40,55,70,85`. */
export function formatThresholds(t: MarkThresholds): string {
	return t.join(',');
}

/** The stored text back as thresholds; anything unreadable falls back to the default. */
export function parseThresholds(text: string | null | undefined): MarkThresholds {
	const numbers = (text ?? '')
		.split(',')
		.map((s) => (/^\d{1,3}$/.test(s.trim()) ? Number(s) : NaN));
	return validThresholds(numbers) ? numbers : defaultThresholds;
}

/**
 * The mark for a score. Compared in integers-times-100 so that 11 of 20 is exactly 55%, not a
 * hair under it through floating point. No mark without a maximum (nothing submitted).
 */
export function suggestedMark(
	score: number | null,
	max: number | null,
	t: MarkThresholds = defaultThresholds
): Mark | null {
	if (score === null || max === null || !(max > 0)) return null;
	const reached = t.filter((from) => score * 100 >= from * max - 1e-9).length;
	return (reached + 1) as Mark;
}

/** The percentage shown beside a score, to one decimal. */
export function percentOf(score: number | null, max: number | null): number | null {
	if (score === null || max === null || !(max > 0)) return null;
	return Math.round((score / max) * 1000) / 10;
}
