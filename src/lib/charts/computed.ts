import { articleEventId } from '$lib/data/event-text';
import { events, getEvent, getSeries, pointDate } from '$lib/data/facts';
import { countedVisits } from '$lib/data/visits';
import type { computedChartIds } from '$lib/content/chart-ids';
import { toPoint } from './point';
import type { ChartModel, ChartPoint } from './types';

/*
 * The charts whose figures cannot be written as lists of facts: they are counted from the
 * timeline's events. A lesson's charts.yaml names their place (`- id: chart-visits`,
 * `kind: computed`); their texts and series are here. Everything else is data (engine.ts).
 */

type Directions = { toNorthKorea: number; article: number; toRussia: number; thirdCountry: number };

/**
 * Who travelled where in each year's high-level visits, counted from the timeline events listed in
 * `countedVisits` (the article's own visit apart, so that it can be highlighted). A spec checks
 * that the parts add up to the sourced yearly totals.
 */
export const visitDirections: Record<string, Directions> = Object.fromEntries(
	getSeries('high_level_visits_per_year').map((total) => {
		const year = pointDate(total);
		const parts: Directions = { toNorthKorea: 0, article: 0, toRussia: 0, thirdCountry: 0 };
		for (const [id, direction] of Object.entries(countedVisits)) {
			if (!getEvent(id).date.startsWith(year)) continue;
			if (id === articleEventId) parts.article += 1;
			else if (direction === 'to_north_korea') parts.toNorthKorea += 1;
			else if (direction === 'to_russia') parts.toRussia += 1;
			else parts.thirdCountry += 1;
		}
		return [year, parts];
	})
);

export function visitsModel(): ChartModel {
	const totals = getSeries('high_level_visits_per_year');
	const latest = totals[totals.length - 1];
	// The note's 'first months of 2026' is bounded by the lesson's latest event.
	const lastEvent = events[events.length - 1];
	const since = lastEvent.date.slice(0, 4);
	const part = (key: keyof (typeof visitDirections)[string]): ChartPoint[] =>
		totals.map((fact) => ({ ...toPoint(fact, false), y: visitDirections[pointDate(fact)][key] }));
	return {
		id: 'chart-visits',
		noteFacts: [lastEvent.id],
		type: 'bar',
		x: 'year',
		categories: totals.map(pointDate),
		stacked: true,
		unit: { hu: 'személyes látogatás', en: 'in-person visits' },
		decimals: 0,
		title: {
			hu: 'Magas szintű látogatások évente, irány szerint',
			en: 'High-level visits per year, by direction'
		},
		takeaway: {
			hu: `A mi számolásunk szerint 2022-ben egyetlen miniszteri vagy magasabb szintű személyes látogatás sem volt; 2025-ben már ${latest.value}, többségük orosz vezetők útja Phenjanba.`,
			en: `By our count there was not a single in-person visit at minister level or above in 2022; in 2025 there were ${latest.value}, most of them Russian officials travelling to Pyongyang.`
		},
		note: {
			hu: `Saját számlálás az idővonal eseményeiből: miniszteri vagy magasabb szintű személyes találkozók, egy többnapos út egynek számít. A 2024. júliusi, Krivorucsko vezette miniszterhelyettesi küldöttség nincs benne. ${since} első hónapjaiból nem találtunk ilyen találkozót.`,
			en: `Our own count from the timeline: in-person meetings at minister level or above, a trip of several days counting once. The deputy-minister delegation of July 2024 (Krivoruchko) is not included. No such meeting was found in the first months of ${since}.`
		},
		series: [
			{
				key: 'to_north_korea',
				label: {
					hu: 'Egyéb orosz látogatások Észak-Koreában',
					en: 'Other Russian visits to North Korea'
				},
				color: 0,
				pointStyle: 'rect',
				points: part('toNorthKorea')
			},
			{
				key: 'article',
				label: {
					hu: 'A cikk eseménye: Sojgu Phenjanban, 2024. szeptember 13.',
					en: 'The article’s event: Shoigu in Pyongyang, 13 September 2024'
				},
				color: 'highlight',
				pointStyle: 'star',
				points: part('article')
			},
			{
				key: 'to_russia',
				label: {
					hu: 'Észak-koreai látogatások Oroszországban',
					en: 'North Korean visits to Russia'
				},
				color: 1,
				pointStyle: 'triangle',
				points: part('toRussia')
			},
			{
				key: 'third_country',
				label: { hu: 'Találkozó harmadik országban', en: 'Meeting in a third country' },
				color: 2,
				pointStyle: 'circle',
				points: part('thirdCountry')
			}
		]
	};
}

/** The computed charts by id (chart-ids.ts lists the ids, for the lesson checks). */
export const computedCharts: Readonly<Record<string, () => ChartModel>> = {
	'chart-visits': visitsModel
} satisfies Record<(typeof computedChartIds)[number], () => ChartModel>;
