/* The timeline's chart ids, apart from anchors.ts so that the lessons' build-time checks can
 * import them with no alias (see lesson/refs.ts). */

/** Charts on the timeline page, each rendered as an element with this id. */
export const chartIds = [
	'chart-visits',
	'chart-shells',
	'chart-containers',
	'chart-troops',
	'chart-trade'
] as const;
export type ChartId = (typeof chartIds)[number];

/** The timeline page's two later charts; quizzes may cite them as evidence too. */
export const extraChartIds = ['chart-missiles', 'chart-casualties'] as const;
export type EvidenceChartId = ChartId | (typeof extraChartIds)[number];

/**
 * The charts the app works out itself, by id (src/lib/charts/computed.ts): their figures are
 * counted from the timeline's events rather than listed as facts, so charts.yaml names only their
 * place (`kind: computed`).
 */
export const computedChartIds = ['chart-visits'] as const;
