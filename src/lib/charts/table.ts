import { sourcesOf } from '$lib/data/facts';
import type { Confidence, SeriesPoint, Source } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/langs';
import { chartWords, formatPointValue, formatValue, formatX } from './format';
import type { ChartModel, ChartPoint, ConfidenceSummary } from './types';

/** One row of a chart's table: the cells as text, and whether the row's figure is an estimate. */
export interface TableRow {
	cells: string[];
	estimate: boolean;
	confidence: Confidence;
}

export interface ChartTable {
	columns: string[];
	rows: TableRow[];
}

const confidenceOrder: Confidence[] = ['low', 'medium', 'high'];

/** The weakest confidence among some facts: a row is only as sure as its least sure figure. */
function weakest(facts: SeriesPoint[]): Confidence {
	return confidenceOrder.find((level) => facts.some((f) => f.confidence === level)) ?? 'high';
}

export function confidenceText(level: Confidence, lang: Lang): string {
	return chartWords[`conf_${level}`][lang];
}

/**
 * The chart's numbers as a table, formatted exactly like the chart: by year (one column per
 * series, plus the total of stacked bars) or by date (one row per estimate, with who made it).
 */
export function chartTable(model: ChartModel, lang: Lang): ChartTable {
	if (model.x === 'year') {
		const categories = model.categories ?? [];
		const columns = [chartWords.year[lang], ...model.series.map((s) => s.label[lang])];
		if (model.stacked) columns.push(chartWords.total[lang]);
		columns.push(chartWords.confidence[lang]);
		const rows = categories.map((x, i) => {
			const points = model.series.map((s) => s.points[i]);
			const any = points.some((p) => p.y !== null);
			// A dash where another column holds the year's figure; "no figure" only where nobody has one.
			const cells = points.map((p) =>
				p.y === null && any ? '–' : formatPointValue(p, model, lang)
			);
			if (model.stacked) {
				const total = points.reduce((sum, p) => sum + (p.y ?? 0), 0);
				cells.push(formatPointValue({ ...points[0], y: total, qualifier: undefined }, model, lang));
			}
			const confidence = weakest(points.map((p) => p.fact));
			cells.push(confidenceText(confidence, lang));
			const estimate = points.some((p) => p.estimate && p.y !== null);
			return { cells: [formatX(x, model, lang), ...cells], estimate, confidence };
		});
		return { columns, rows };
	}
	const columns = [
		chartWords.date[lang],
		chartWords.series[lang],
		chartWords.value[lang],
		chartWords.confidence[lang]
	];
	const rows = model.series
		.flatMap((series) => series.points.map((point) => ({ series, point })))
		.sort((a, b) => a.point.x.localeCompare(b.point.x))
		.map(({ series, point }) => ({
			cells: [
				formatX(point.x, model, lang),
				series.label[lang],
				formatPointValue(point, model, lang),
				confidenceText(point.fact.confidence, lang)
			],
			estimate: point.estimate,
			confidence: point.fact.confidence
		}));
	return { columns, rows };
}

/** Every sourced fact behind a chart, each once. */
export function chartFacts(model: ChartModel): SeriesPoint[] {
	const facts = new Map<string, SeriesPoint>();
	for (const s of model.series) for (const p of s.points) facts.set(p.fact.id, p.fact);
	for (const f of model.band?.facts ?? []) facts.set(f.id, f);
	return [...facts.values()];
}

/** The distinct sources of a chart, for its source line. */
export function chartSources(model: ChartModel): Source[] {
	return sourcesOf(chartFacts(model));
}

/** How many of a chart's data points have each confidence level. */
export function chartConfidence(model: ChartModel): ConfidenceSummary {
	const summary: ConfidenceSummary = { high: 0, medium: 0, low: 0 };
	for (const fact of chartFacts(model)) summary[fact.confidence] += 1;
	return summary;
}

function describeSeries(points: ChartPoint[], model: ChartModel, lang: Lang): string {
	return points
		.map((p) => `${formatX(p.x, model, lang)}: ${formatPointValue(p, model, lang)}`)
		.join('; ');
}

/**
 * A text alternative generated from the data: chart type, title, the unit, every series with
 * every value, and the band of disagreement. Screen readers get the same numbers as the picture.
 */
export function describeChart(model: ChartModel, lang: Lang): string {
	const kind = model.type === 'bar' ? chartWords.bar_chart : chartWords.line_chart;
	const parts = [`${kind[lang]}: ${model.title[lang]} (${model.unit[lang]}).`];
	if (model.x === 'year') {
		const table = chartTable(model, lang);
		for (const row of table.rows) {
			const [year, ...cells] = row.cells;
			const values = cells
				.slice(0, -1)
				.map((cell, i) => `${table.columns[i + 1]} ${cell}`)
				.join(', ');
			parts.push(`${year}: ${values}.`);
		}
	} else {
		for (const series of model.series)
			parts.push(`${series.label[lang]} – ${describeSeries(series.points, model, lang)}.`);
	}
	if (model.band) {
		const { band } = model;
		const range = [band.low, band.high].map((v) => formatValue(v, model, lang)).join('–');
		const span = [band.from, band.to].map((x) => formatX(x, model, lang)).join(' – ');
		parts.push(`${band.label[lang]}: ${span}, ${range}.`);
	}
	return parts.join(' ');
}
