import { chartPlaceholder } from '$lib/content/lesson/check';
import type { ChartEntry, ChartsFile } from '$lib/content/lesson/schema';
import { pointDate } from '$lib/data/facts';
import { figure, figureDate, getPoint } from '$lib/data/figures';
import type { SeriesPoint } from '$lib/data/schema';
import { langs } from '$lib/i18n/langs';
import { computedCharts } from './computed';
import { toPoint } from './point';
import type { Bilingual, ChartModel, ChartPoint, ChartSeries } from './types';

export { toPoint };

/*
 * The charts engine: a chart of a lesson's charts.yaml (which facts make up which series, and the
 * words around them) plus the fact sheet gives the ChartModel that the timeline draws, tabulates
 * and offers as CSV. No text and no lesson-specific data here; the few charts that are counted
 * rather than listed are in computed.ts.
 */

/** Facts by id, in date order (a stable sort: the same day keeps the order they are listed in). */
const byDate = (ids: readonly string[]): SeriesPoint[] =>
	ids.map(getPoint).sort((a, b) => pointDate(a).localeCompare(pointDate(b)));

/** A chart text with its `{figure:id}` and `{date:id}` filled in from the facts, per language. */
export function fillText(text: Bilingual): Bilingual {
	const fill = (lang: (typeof langs)[number]) =>
		text[lang].replace(chartPlaceholder, (_, what: string, id: string) =>
			what === 'figure' ? figure(id, lang) : figureDate(id, lang)
		);
	return Object.fromEntries(langs.map((lang) => [lang, fill(lang)])) as Bilingual;
}

type Drawn = Exclude<ChartEntry, { kind: 'computed' }>;

function series(def: Drawn['series'][number], points: ChartPoint[]): ChartSeries {
	return {
		key: def.key,
		label: def.label,
		color: def.color,
		pointStyle: def.marker,
		...(def.dash ? { dash: def.dash } : {}),
		points
	};
}

/**
 * One chart's model from its definition. A line chart plots each series' facts over time; a bar
 * chart has one bar per series and year, a year a series has no figure for showing "no figure"
 * (its point keeps the year's fact from another series, so that the table's row names its source).
 */
export function buildChart(def: ChartEntry): ChartModel {
	if (def.kind === 'computed') {
		const build = computedCharts[def.id];
		if (!build) throw new Error(`No computed chart: ${def.id}`);
		return build();
	}
	const base = {
		id: def.id,
		...(def.noteFacts ? { noteFacts: def.noteFacts } : {}),
		unit: def.unit,
		decimals: def.decimals,
		title: fillText(def.title),
		takeaway: fillText(def.takeaway),
		note: fillText(def.note)
	};
	if (def.kind === 'bar') {
		const facts = def.series.map((s) => byDate(s.facts));
		const categories = [...new Set(facts.flat().map(pointDate))].sort();
		const ofYear = (year: string) => facts.flat().find((f) => pointDate(f) === year) as SeriesPoint;
		return {
			...base,
			type: 'bar',
			x: 'year',
			categories,
			...(def.stacked ? { stacked: true } : {}),
			series: def.series.map((s, i) =>
				series(
					s,
					categories.map((year) => {
						const own = facts[i].find((f) => pointDate(f) === year);
						return own
							? toPoint(own, s.estimate)
							: { ...toPoint(ofYear(year), s.estimate), y: null };
					})
				)
			)
		};
	}
	const band = def.band && byDate(def.band.facts);
	const values = band?.map((f) => f.value ?? 0) ?? [];
	return {
		...base,
		type: 'line',
		x: 'date',
		...(def.gapDays ? { gapDays: def.gapDays } : {}),
		series: def.series.map((s) =>
			series(
				s,
				byDate(s.facts).map((f) => toPoint(f, s.estimate))
			)
		),
		...(def.band && band
			? {
					band: {
						label: def.band.label,
						from: pointDate(band[0]),
						to: pointDate(band[band.length - 1]),
						low: Math.min(...values),
						high: Math.max(...values),
						facts: band
					}
				}
			: {})
	};
}

/** A lesson's charts, in reading order. */
export const chartModelsOf = (file: ChartsFile): ChartModel[] => file.charts.map(buildChart);
