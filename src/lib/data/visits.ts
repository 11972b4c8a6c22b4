/** Where a counted visit went: from Russia to North Korea, the other way, or a meeting elsewhere. */
export type VisitDirection = 'to_north_korea' | 'to_russia' | 'third_country';

/**
 * The timeline events counted on the visits chart: in-person meetings at minister level or above
 * (the chart note's rule), one entry per trip. Kim's 2023 trip is one visit although the timeline
 * shows three of its days; the deputy-minister delegation of July 2024 is left out by the rule.
 * A spec checks that every id is a visits event and that the counts per year equal the sourced
 * totals (`high_level_visits_per_year`), so the chart, its note and the totals cannot drift apart.
 */
export const countedVisits: Record<string, VisitDirection> = {
	'ev-2023-07-25-shoigu-pyongyang': 'to_north_korea',
	'ev-2023-09-12-kim-russia-trip': 'to_russia',
	'ev-2023-10-18-lavrov-pyongyang': 'to_north_korea',
	'ev-2023-11-15-igc-10': 'to_north_korea',
	'ev-2024-01-15-choe-moscow': 'to_russia',
	'ev-2024-03-25-naryshkin': 'to_north_korea',
	'ev-2024-06-18-putin-pyongyang': 'to_north_korea',
	'ev-2024-09-13-shoigu-pyongyang': 'to_north_korea',
	'ev-2024-09-17-choe-lavrov': 'to_russia',
	'ev-2024-11-04-choe-putin': 'to_russia',
	'ev-2024-11-18-kozlov-kim': 'to_north_korea',
	'ev-2024-11-29-belousov-pyongyang': 'to_north_korea',
	'ev-2025-03-21-shoigu-pyongyang': 'to_north_korea',
	'ev-2025-03-21-yun-moscow': 'to_russia',
	'ev-2025-05-27-ri-chang-dae': 'to_russia',
	'ev-2025-06-04-shoigu-pyongyang': 'to_north_korea',
	'ev-2025-06-17-shoigu-pyongyang': 'to_north_korea',
	'ev-2025-06-28-lyubimova': 'to_north_korea',
	'ev-2025-07-11-lavrov-wonsan': 'to_north_korea',
	'ev-2025-07-27-direct-flight': 'to_north_korea',
	'ev-2025-08-14-volodin': 'to_north_korea',
	'ev-2025-09-03-beijing-talks': 'third_country',
	'ev-2025-09-08-art-exhibition': 'to_russia',
	'ev-2025-10-08-medvedev': 'to_north_korea',
	'ev-2025-10-27-choe-putin': 'to_russia',
	'ev-2025-10-31-econ-committee': 'to_north_korea',
	'ev-2025-11-27-igc-12': 'to_russia'
};
