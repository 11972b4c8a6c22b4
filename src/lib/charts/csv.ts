import type { Lang } from '$lib/i18n/langs';
import { formatNumber } from '$lib/i18n/format';
import { chartWords, qualifierText } from './format';
import { confidenceText } from './table';
import type { ChartModel } from './types';

/** Excel and LibreOffice read a UTF-8 file with accents correctly only when it starts with a BOM. */
export const bom = '\uFEFF';

/**
 * Hungarian spreadsheets expect a semicolon between fields and a decimal comma; English ones
 * a comma and a decimal point.
 */
export const csvSeparator: Record<Lang, string> = { hu: ';', en: ',' };

/** Quotes a field that holds the separator, a quote or a line break (RFC 4180). */
export function escapeCsvField(field: string, separator: string): string {
	return /["\n\r]/.test(field) || field.includes(separator)
		? `"${field.replace(/"/g, '""')}"`
		: field;
}

/**
 * A chart's data as CSV, one row per figure: ISO date, series, value (plus low and high ends of
 * a range), the source's hedge, unit, confidence, the fact's id and its sources. Starts with a
 * BOM; lines end in CRLF as RFC 4180 asks.
 */
export function chartCsv(model: ChartModel, lang: Lang): string {
	const sep = csvSeparator[lang];
	// No thousands separators: a spreadsheet must read the field as a number.
	const number = (v: number | null | undefined) =>
		v === null || v === undefined
			? ''
			: formatNumber(v, lang, { maximumFractionDigits: model.decimals, useGrouping: false });
	const header = [
		chartWords.date,
		chartWords.series,
		chartWords.value,
		chartWords.low,
		chartWords.high,
		chartWords.qualifier,
		chartWords.unit,
		chartWords.confidence,
		chartWords.fact_id,
		chartWords.sources
	].map((w) => w[lang]);
	const rows = model.series.flatMap((series) =>
		series.points.map((p) => [
			p.x,
			series.label[lang],
			number(p.range ? null : p.y),
			number(p.range?.[0]),
			number(p.range?.[1]),
			p.y === null && !p.range
				? chartWords.no_figure[lang]
				: p.qualifier
					? qualifierText(p.qualifier, lang)
					: '',
			model.unit[lang],
			confidenceText(p.fact.confidence, lang),
			p.fact.id,
			p.fact.sources.map((s) => `${s.publisher} (${s.date}) ${s.url}`).join(' | ')
		])
	);
	const lines = [header, ...rows].map((row) => row.map((f) => escapeCsvField(f, sep)).join(sep));
	return bom + lines.join('\r\n') + '\r\n';
}

/** The file name of a chart's CSV in a language: `chart-shells-hu.csv`. */
export function csvFileName(id: string, lang: Lang): string {
	return `${id}-${lang}.csv`;
}
