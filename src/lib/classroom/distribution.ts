/** Score bands of the class chart: 0–9 %, 10–19 %, …, 90–100 %. */
export const bandCount = 10;

/** How many submitted scores fall in each tenth of the maximum (full marks go to the last band). */
export function scoreDistribution(results: readonly { score: number; max: number }[]): number[] {
	const bands: number[] = Array.from({ length: bandCount }, () => 0);
	for (const { score, max } of results) {
		if (max <= 0) continue;
		const ratio = Math.min(1, Math.max(0, score / max));
		bands[Math.min(bandCount - 1, Math.floor(ratio * bandCount))]++;
	}
	return bands;
}

/**
 * The class's average score as a percentage of the maximum, to one decimal, over the counted
 * (submitted) attempts; null before anyone has submitted. Each attempt weighs the same, whatever
 * its maximum, as in the chart's bands.
 */
export function averagePercent(results: readonly { score: number; max: number }[]): number | null {
	const shares = results
		.filter(({ max }) => max > 0)
		.map(({ score, max }) => Math.min(1, Math.max(0, score / max)));
	if (shares.length === 0) return null;
	return Math.round((shares.reduce((sum, share) => sum + share, 0) / shares.length) * 1000) / 10;
}
