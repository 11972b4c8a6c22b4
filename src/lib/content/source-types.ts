import { formatDate } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';

/** One source of a fact, as the explainer shows it (the fact sheet's title is left on the server). */
export interface FactSource {
	publisher: string;
	/** ISO date, month or year; sometimes a note such as `undated`. */
	date: string;
	url: string;
}

/** What the explainer's notes and people cards show of a fact from `$lib/data`. */
export interface SourcedFact {
	confidence: 'high' | 'medium' | 'low';
	sources: FactSource[];
}

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A source's date for the reader: formatted per language when it is a plain date, else only its year
 * (`2024 (after October…)` -> `2024`), or null when the sheet has none (`undated`).
 */
export function formatSourceDate(date: string, lang: Lang): string | null {
	if (isoDate.test(date)) return formatDate(date, lang);
	const year = /^\d{4}/.exec(date);
	return year ? year[0] : null;
}
