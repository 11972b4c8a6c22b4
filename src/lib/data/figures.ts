import { qualifierFromUnit, qualifierText } from '$lib/charts/format';
import { formatDate, formatNumber } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { getFact, pointDate } from './facts';
import type { SeriesPoint } from './schema';

/** A data point by id; throws on an unknown id or a fact that is not a data point. */
export function getPoint(id: string): SeriesPoint {
	const fact = getFact(id);
	if (!fact || fact.kind !== 'series') throw new Error(`No such data point: ${id}`);
	return fact;
}

/**
 * A data point's figure as prose shows it, with the source's own hedge read from its unit:
 * `több mint 16 500` / `more than 16,500`, `legfeljebb 9,4` / `up to 9.4`. Text that states a
 * figure takes it from here, so that the number and its hedge live once, in the fact.
 */
export function figure(id: string, lang: Lang, hedge = true): string {
	const point = getPoint(id);
	if (point.value === null) throw new Error(`No figure for ${id}`);
	const number = formatNumber(point.value, lang, { maximumFractionDigits: 1 });
	const qualifier = hedge ? qualifierFromUnit(point.unit) : undefined;
	return qualifier ? `${qualifierText(qualifier, lang)} ${number}` : number;
}

/** A data point's date in the reader's language (`2024. szeptember`, `September 2024`). */
export function figureDate(id: string, lang: Lang): string {
	return formatDate(pointDate(getPoint(id)), lang);
}
