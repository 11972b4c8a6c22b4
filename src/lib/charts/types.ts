import type { PointStyle } from 'chart.js';
import type { Confidence, SeriesPoint } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/langs';

/** Text in both languages, side by side. */
export type Bilingual = Record<Lang, string>;

/** How a source hedged its figure ("at least 1 million", "about 20,000"). */
export type Qualifier = 'at_least' | 'more_than' | 'about' | 'up_to';

/** One plotted value, with the sourced fact it comes from. */
export interface ChartPoint {
	/** ISO date (`2024-09-13`, `2024-09`) on a time axis, or a year (`2024`) on a bar chart. */
	x: string;
	/** `null` where no figure exists: shown as "no figure", never as zero. */
	y: number | null;
	/** Where sources give a range (11,000–12,000 troops). */
	range?: [number, number];
	qualifier?: Qualifier;
	/** An estimate, back-calculation or intelligence claim rather than an official or counted figure. */
	estimate: boolean;
	fact: SeriesPoint;
}

export interface ChartSeries {
	key: string;
	label: Bilingual;
	/** Index into the palette, or the article's highlight colour. */
	color: number | 'highlight';
	/** The legend and the points differ by shape too, so that colour is never the only signal. */
	pointStyle: Exclude<PointStyle, HTMLImageElement | HTMLCanvasElement | false>;
	/** Dash pattern of the line; estimates are always dashed. */
	dash?: number[];
	points: ChartPoint[];
}

/** A shaded band where sources disagree (troops in 2025: 13,000–15,000). */
export interface ChartBand {
	label: Bilingual;
	from: string;
	to: string;
	low: number;
	high: number;
	facts: SeriesPoint[];
}

export interface ChartModel {
	id: string;
	type: 'bar' | 'line';
	/** Bars by year (categories) or lines over a time axis. */
	x: 'year' | 'date';
	/** The years shown on a bar chart, in order (every series has a value or `null` for each). */
	categories?: string[];
	/** Extra words after a year's label ("2025 (to 31 October)"). */
	categoryNotes?: Record<string, Bilingual>;
	stacked?: boolean;
	/**
	 * Break a line where two estimates are further apart than this many days, instead of
	 * drawing a slope that no source gave (troops arrived in waves, not steadily).
	 */
	gapDays?: number;
	/** Axis title: what the numbers count. */
	unit: Bilingual;
	/** Decimals shown for values (shells in millions need one). */
	decimals: number;
	title: Bilingual;
	/** One sentence: what a student should take away. */
	takeaway: Bilingual;
	/** What the chart leaves out or how to read it; shown under the chart. */
	note: Bilingual;
	/** Facts the note states besides the plotted points (events on the timeline), for the prose check. */
	noteFacts?: string[];
	series: ChartSeries[];
	band?: ChartBand;
}

/** A chart's id and words in one language: what the timeline page's data carries of it. */
export interface ChartFigureText {
	id: string;
	title: string;
	takeaway: string;
	note: string;
}

/** Confidence counts over a chart's data points, for the source line. */
export type ConfidenceSummary = Record<Confidence, number>;
