import { formatDate, formatNumber } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import type { Bilingual, ChartModel, ChartPoint, Qualifier } from './types';

const qualifierWords: Record<Qualifier, Bilingual> = {
	at_least: { hu: 'legalább', en: 'at least' },
	more_than: { hu: 'több mint', en: 'more than' },
	about: { hu: 'kb.', en: 'about' },
	up_to: { hu: 'legfeljebb', en: 'up to' }
};

/** Words used by every chart, kept here so that the builders stay pure and testable without i18next. */
export const chartWords = {
	no_figure: { hu: 'nincs adat', en: 'no figure' },
	estimate: { hu: 'becslés', en: 'estimate' },
	official: { hu: 'hivatalos vagy számolt adat', en: 'official or counted figure' },
	line_chart: { hu: 'Vonaldiagram', en: 'Line chart' },
	bar_chart: { hu: 'Oszlopdiagram', en: 'Bar chart' },
	date: { hu: 'Dátum', en: 'Date' },
	year: { hu: 'Év', en: 'Year' },
	series: { hu: 'Adatsor', en: 'Series' },
	value: { hu: 'Érték', en: 'Value' },
	total: { hu: 'Összesen', en: 'Total' },
	confidence: { hu: 'Megbízhatóság', en: 'Confidence' },
	sources: { hu: 'Források', en: 'Sources' },
	kind: { hu: 'Jelleg', en: 'Kind' },
	qualifier: { hu: 'Megszorítás', en: 'Qualifier' },
	low: { hu: 'Alsó érték', en: 'Low' },
	high: { hu: 'Felső érték', en: 'High' },
	fact_id: { hu: 'Azonosító', en: 'Fact id' },
	unit: { hu: 'Mértékegység', en: 'Unit' },
	conf_high: { hu: 'magas', en: 'high' },
	conf_medium: { hu: 'közepes', en: 'medium' },
	conf_low: { hu: 'alacsony', en: 'low' }
} satisfies Record<string, Bilingual>;

export function qualifierText(qualifier: Qualifier, lang: Lang): string {
	return qualifierWords[qualifier][lang];
}

/** Reads the fact sheet's hedge out of a unit ("containers (more than)" -> more_than). */
export function qualifierFromUnit(unit: string): Qualifier | undefined {
	if (/at least/.test(unit)) return 'at_least';
	if (/more than|'over'/.test(unit)) return 'more_than';
	if (/up to|upper estimate|if fully loaded/.test(unit)) return 'up_to';
	if (/about/.test(unit)) return 'about';
	return undefined;
}

/** A number as the chart shows it: `9,4` / `9.4`, `13 000` / `13,000`. */
export function formatValue(value: number, model: Pick<ChartModel, 'decimals'>, lang: Lang) {
	return formatNumber(value, lang, {
		minimumFractionDigits: 0,
		maximumFractionDigits: model.decimals
	});
}

/** A point's value with its hedge and range: `kb. 20 000`, `11 000–12 000`, `nincs adat`. */
export function formatPointValue(
	point: ChartPoint,
	model: Pick<ChartModel, 'decimals'>,
	lang: Lang
): string {
	if (point.range) return point.range.map((v) => formatValue(v, model, lang)).join('–');
	if (point.y === null) return chartWords.no_figure[lang];
	const number = formatValue(point.y, model, lang);
	return point.qualifier ? `${qualifierText(point.qualifier, lang)} ${number}` : number;
}

/** The label of a point's date or year in the reader's language (year notes included). */
export function formatX(x: string, model: Pick<ChartModel, 'categoryNotes'>, lang: Lang): string {
	const note = model.categoryNotes?.[x]?.[lang];
	const label = formatDate(x, lang);
	return note ? `${label} (${note})` : label;
}

/** Milliseconds since 1970 for an ISO date; a month without a day sits at its middle. */
export function dateToTime(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, (m || 7) - 1, d || (m ? 15 : 1));
}

/** A short month label for a time axis: `2024. szept.` / `Sept 2024`. */
export function formatMonthTick(time: number, lang: Lang): string {
	const d = new Date(time);
	const iso = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
	return formatDate(iso, lang, 'short');
}
