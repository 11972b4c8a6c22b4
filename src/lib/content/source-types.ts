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

/** A publisher as a page shows it: the outlet's own name, and a note on how it carried the story. */
export interface PublisherParts {
	/** The outlet's name as it writes it (marked `lang="en"` on a page: most are English). */
	name: string;
	/** Another outlet it relayed or cited, and how. */
	relay?: { kind: 'via' | 'citing'; name: string };
	/** A remark on the kind of source, in the page's language. */
	remark?: string;
}

// The fact sheet's publisher remarks are English; a Hungarian page shows them in Hungarian.
const remarks: Record<string, Record<Lang, string>> = {
	'Wikipedia mirror': { hu: 'Wikipédia-tükör', en: 'Wikipedia mirror' },
	'live blog, Reuters copy': { hu: 'élő blog, Reuters-anyag', en: 'live blog, Reuters copy' },
	'Reuters wire': { hu: 'Reuters-hír', en: 'Reuters wire' },
	'Kremlin website': { hu: 'a Kreml honlapja', en: 'Kremlin website' },
	'press release SC/8853': { hu: 'sajtóközlemény, SC/8853', en: 'press release SC/8853' },
	'text via DocumentCloud': { hu: 'szöveg: DocumentCloud', en: 'text via DocumentCloud' }
};

/**
 * Splits a fact sheet publisher such as `Yonhap (via Myanmar News Gazette)`, `TASS (citing KBS)`
 * or `Infogalactic (Wikipedia mirror)` into the outlet's name and a note the page can translate.
 * Wire agencies in brackets (`DW (AFP, AP)`) are names and stay with the name.
 */
export function publisherParts(publisher: string, lang: Lang): PublisherParts {
	const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(publisher);
	if (bracket && bracket[2] in remarks)
		return { name: bracket[1], remark: remarks[bracket[2]][lang] };
	const relay =
		/^(.+?)\s*\((via|citing) ([^()]+)\)$/.exec(publisher) ?? /^(.+?),? (via) (.+)$/.exec(publisher);
	if (relay)
		return { name: relay[1], relay: { kind: relay[2] as 'via' | 'citing', name: relay[3] } };
	return { name: publisher };
}

/** The word before a relayed outlet's name: `via KBS` / `közli: KBS`. */
export const relayWord: Record<'via' | 'citing', Record<Lang, string>> = {
	via: { hu: 'közli:', en: 'via' },
	citing: { hu: 'forrása:', en: 'citing' }
};

/**
 * A quiz table's source line (`Politico Europe, 2024-02-27; Izvestia, 2025-06-17`) as publishers
 * and dates, so that the page can format the dates and translate the notes like everywhere else.
 */
export function tableSources(line: string): { publisher: string; date: string }[] {
	return line.split('; ').map((part) => {
		const match = /^(.*), (\d{4}(?:-\d{2}){0,2})$/.exec(part);
		return match ? { publisher: match[1], date: match[2] } : { publisher: part, date: 'undated' };
	});
}
