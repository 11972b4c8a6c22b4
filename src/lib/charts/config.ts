import type {
	Chart,
	ChartConfiguration,
	ChartDataset,
	LegendItem,
	Scale,
	TooltipItem
} from 'chart.js';
import { intlLocale, type Lang } from '$lib/i18n/langs';
import { dateToTime, formatMonthTick, formatPointValue, formatValue, formatX } from './format';
import type { ChartModel, ChartPoint, ChartSeries } from './types';
import { thinTicks, wrapLabel } from './wrap';

/** What the page knows about the reader's display: colour scheme, motion preference, CSS colours. */
export interface ChartEnv {
	dark: boolean;
	reducedMotion: boolean;
	/** Text and grid colours read from the page's CSS variables (--fg, --border, --bg). */
	fg?: string;
	grid?: string;
	bg?: string;
}

/** Colours that keep 3:1 contrast against the page background in each scheme. */
export const palette = {
	light: ['#1d4e89', '#b3471d', '#2e7d32', '#7b1fa2', '#8a6100'],
	dark: ['#8fb8ff', '#ffab7a', '#7fd88a', '#d7a6ff', '#f0c27a']
} as const;
const highlight = { light: '#b3006b', dark: '#ff8fd0' };

export function seriesColor(series: Pick<ChartSeries, 'color'>, dark: boolean): string {
	const scheme = dark ? 'dark' : 'light';
	return series.color === 'highlight' ? highlight[scheme] : palette[scheme][series.color];
}

/** `#rrggbb` with an alpha, for the pale fill of estimated bars and bands. */
function withAlpha(hex: string, alpha: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Tick values at the first day of every quarter between two times, so labels fall on months. */
export function quarterTicks(min: number, max: number): number[] {
	const start = new Date(min);
	let year = start.getUTCFullYear();
	let month = Math.ceil(start.getUTCMonth() / 3) * 3;
	const ticks: number[] = [];
	for (;;) {
		if (month >= 12) {
			year += 1;
			month -= 12;
		}
		const t = Date.UTC(year, month, 1);
		if (t > max) return ticks;
		if (t >= min) ticks.push(t);
		month += 3;
	}
}

type Point = { x: number; y: number | null };

/**
 * A series on a time axis; a range becomes a vertical stroke from its low to its high end, and
 * a gap longer than `gapDays` becomes a break in the line.
 */
export function timeData(points: ChartPoint[], gapDays = Infinity): Point[] {
	const out: Point[] = [];
	let last: number | undefined;
	for (const p of points) {
		const x = dateToTime(p.x);
		if (last !== undefined && x - last > gapDays * 864e5) out.push({ x: (x + last) / 2, y: null });
		out.push(...(p.range ? p.range.map((y) => ({ x, y })) : [{ x, y: p.y }]));
		last = x;
	}
	return out;
}

/** The point a tooltip is talking about, from a dataset's data index. */
function pointAt(series: ChartSeries, index: number, model: ChartModel): ChartPoint | undefined {
	if (model.x !== 'date') return series.points[index];
	const raw = timeData(series.points, model.gapDays)[index];
	return raw && raw.y !== null ? series.points.find((p) => dateToTime(p.x) === raw.x) : undefined;
}

function lineDataset(
	series: ChartSeries,
	env: ChartEnv,
	gapDays?: number
): ChartDataset<'line', Point[]> {
	const color = seriesColor(series, env.dark);
	const estimate = series.points.some((p) => p.estimate);
	return {
		label: series.label.en,
		data: timeData(series.points, gapDays),
		borderColor: color,
		backgroundColor: color,
		borderWidth: 2.5,
		// Estimates are always dashed and drawn with hollow markers; counted figures are solid.
		borderDash: estimate ? (series.dash ?? [6, 4]) : [],
		pointStyle: series.pointStyle,
		pointRadius: 5,
		pointHoverRadius: 7,
		pointBorderWidth: 2,
		pointBackgroundColor: estimate ? (env.bg ?? (env.dark ? '#121417' : '#ffffff')) : color,
		tension: 0,
		spanGaps: false
	};
}

function barDataset(series: ChartSeries, env: ChartEnv): ChartDataset<'bar', (number | null)[]> {
	const color = seriesColor(series, env.dark);
	const estimate = series.points.some((p) => p.estimate && p.y !== null);
	return {
		label: series.label.en,
		data: series.points.map((p) => p.y),
		// An estimated bar is pale with a strong outline, so it never looks like a recorded figure.
		backgroundColor: estimate ? withAlpha(color, 0.18) : color,
		borderColor: color,
		borderWidth: estimate ? 3 : 1,
		pointStyle: series.pointStyle,
		stack: 'all',
		maxBarThickness: 64
	};
}

/**
 * Gap between legend rows: 14 px for one-line labels; for wrapped ones 4 px plus a line (chart.js's
 * 12 px font, 1.2 line height) per extra line, tight enough that the legend (at most half the
 * canvas) keeps every row on a phone.
 */
export function legendPadding(lines: number): number {
	return lines > 1 ? 4 + Math.round((lines - 1) * 12 * 1.2) : 14;
}

/**
 * The chart.js configuration of one chart in one language: translated labels, numbers and dates
 * formatted per language, estimates styled apart, colours per colour scheme, no animation when
 * the reader asks for reduced motion. Pure: the same input gives the same output, no canvas needed.
 */
export function buildChartConfig(
	model: ChartModel,
	lang: Lang,
	env: ChartEnv
): ChartConfiguration<'bar' | 'line', (number | null)[] | Point[], string> {
	const isTime = model.x === 'date';
	const fg = env.fg ?? (env.dark ? '#e8eaed' : '#1b1f24');
	const grid = env.grid ?? (env.dark ? '#3a424d' : '#c9d0da');
	const datasets = model.series.map((series) => {
		const dataset = isTime ? lineDataset(series, env, model.gapDays) : barDataset(series, env);
		return { ...dataset, label: series.label[lang] };
	}) as ChartDataset<'bar' | 'line', (number | null)[] | Point[]>[];

	if (model.band) {
		const color = env.dark ? '#b4bcc7' : '#4a5360';
		const span = [dateToTime(model.band.from), dateToTime(model.band.to)];
		datasets.push(
			{
				label: model.band.label[lang],
				data: span.map((x) => ({ x, y: model.band!.high })),
				borderColor: color,
				borderWidth: 1,
				borderDash: [2, 2],
				backgroundColor: withAlpha(color, 0.2),
				pointRadius: 0,
				pointStyle: 'rectRounded',
				fill: '+1'
			} as ChartDataset<'line', Point[]>,
			{
				label: `${model.band.label[lang]} – low`,
				data: span.map((x) => ({ x, y: model.band!.low })),
				borderColor: color,
				borderWidth: 1,
				borderDash: [2, 2],
				pointRadius: 0,
				fill: false
			} as ChartDataset<'line', Point[]>
		);
	}

	const times = model.series.flatMap((s) => s.points.map((p) => dateToTime(p.x)));
	const min = Math.min(...times) - 30 * 864e5;
	const max = Math.max(...times) + 30 * 864e5;
	const bandLowLabel = model.band ? `${model.band.label[lang]} – low` : null;

	return {
		type: model.type,
		data: {
			labels: isTime ? undefined : (model.categories ?? []).map((x) => formatX(x, model, lang)),
			datasets
		},
		options: {
			locale: intlLocale[lang],
			responsive: true,
			maintainAspectRatio: false,
			animation: env.reducedMotion ? false : { duration: 400 },
			color: fg,
			interaction: isTime ? { mode: 'nearest', intersect: false } : { mode: 'index' },
			scales: {
				x: isTime
					? {
							type: 'linear',
							min,
							max,
							afterBuildTicks: (scale: Scale) => {
								// About one label per 70 px, so that month labels never collide on a phone.
								scale.ticks = thinTicks(quarterTicks(min, max), scale.width / 70).map((value) => ({
									value
								}));
							},
							ticks: {
								color: fg,
								autoSkip: true,
								maxRotation: 0,
								callback: (value: string | number) => formatMonthTick(Number(value), lang)
							},
							grid: { color: grid }
						}
					: { stacked: true, ticks: { color: fg }, grid: { color: grid } },
				y: {
					beginAtZero: true,
					stacked: !isTime && model.stacked,
					title: { display: true, text: model.unit[lang], color: fg },
					ticks: {
						color: fg,
						precision: model.decimals === 0 ? 0 : undefined,
						callback: (value: string | number) => formatValue(Number(value), model, lang)
					},
					grid: { color: grid }
				}
			},
			plugins: {
				legend: {
					position: 'bottom',
					labels: {
						color: fg,
						usePointStyle: true,
						padding: legendPadding(1),
						// On a phone long labels wrap onto lines instead of running off the canvas.
						// (The defaults through the instance: this module imports chart.js types only.)
						generateLabels: (chart) => {
							const items = (chart.constructor as typeof Chart).defaults.plugins.legend.labels
								.generateLabels(chart)
								.filter((item) => item.text !== bandLowLabel)
								.map((item) => ({
									...item,
									text:
										chart.width < 560
											? wrapLabel(item.text, Math.max(16, Math.floor(chart.width / 7)))
											: item.text
								})) as LegendItem[];
							// A bottom legend spaces its rows for one line of text and centres each row by
							// the width of all its lines end to end, so on a phone wrapped labels ran into the
							// next row and off the left edge: rows from the left, with room for their lines.
							const lines = Math.max(1, ...items.map((item) => [item.text].flat().length));
							if (chart.legend) {
								chart.legend.options.labels.padding = legendPadding(lines);
								chart.legend.options.align = lines > 1 ? 'start' : 'center';
							}
							return items;
						}
					}
				},
				tooltip: {
					filter: (item: TooltipItem<'bar' | 'line'>) =>
						item.datasetIndex < model.series.length && item.raw !== null,
					callbacks: {
						title: (items: TooltipItem<'bar' | 'line'>[]) => {
							const item = items[0];
							if (!item) return '';
							const point = pointAt(model.series[item.datasetIndex], item.dataIndex, model);
							return point ? formatX(point.x, model, lang) : '';
						},
						label: (item: TooltipItem<'bar' | 'line'>) => {
							const series = model.series[item.datasetIndex];
							const point = series && pointAt(series, item.dataIndex, model);
							return point ? `${series.label[lang]}: ${formatPointValue(point, model, lang)}` : '';
						}
					}
				}
			}
		}
	};
}
