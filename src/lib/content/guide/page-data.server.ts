import type { Lang } from '$lib/i18n/langs';
import { localize } from '$lib/i18n/localize';
import { differentiation, misconceptions, summary } from './background';
import { sheetFacts, sourcesFor } from './collect';
import { formatSpan } from './dates';
import type { SheetId } from './links';
import { ages, objectives, preparation, subjects } from './overview';
import { plans } from './plans';
import { promptLevels, prompts } from './prompts';
import type { Source, Text } from './types';
import { nameForms, vocabularyFor } from './vocabulary';
import { chartQuestions, openQuestions, shellEstimates, timelineRows } from './worksheet';

// Server-only (`.server.ts`): the guide's content and the fact sheet it cites stay out of the
// browser bundle; pages get the text as load data, with every fact already turned into its sources.

/**
 * The teacher's guide page in one language, with each background item's sources resolved from
 * the fact sheet, and no fact ids.
 */
export function guidePageData(lang: Lang) {
	return localize(guideContent(), lang);
}

function guideContent() {
	return {
		plans,
		overview: { objectives, subjects, ages, preparation },
		prompts: promptLevels.map((level) => ({ level, items: prompts[level] })),
		summary: summary.map(({ facts, ...item }) => ({ ...item, sources: sourcesFor(facts) })),
		misconceptions: misconceptions.map(({ facts, ...item }) => ({
			...item,
			sources: sourcesFor(facts)
		})),
		differentiation: {
			support: differentiation.support.map(({ text, link }) => ({ text, link })),
			extension: differentiation.extension.map(({ text, link }) => ({ text, link }))
		}
	};
}

export type GuidePageData = ReturnType<typeof guidePageData>;

/** A question on paper; the answer only on the answer key. */
export interface SheetQuestion {
	question: Text;
	lines: number;
	answer?: Text;
}

/**
 * A row of the timeline task, its date already written out in the sheet's language; the blank
 * (date or event) is null on the students' worksheet and filled in on the answer key.
 */
export interface SheetRow {
	date: string | null;
	event: Text | null;
	blank: 'date' | 'event';
}

/** What a printable sheet shows, by sheet; sources one a fact, as paper needs. */
export type SheetData =
	| {
			sheet: 'worksheet' | 'answer-key';
			sources: Source[];
			rows: SheetRow[];
			shellEstimates: Omit<(typeof shellEstimates)[number], 'facts'>[];
			chartQuestions: SheetQuestion[];
			openQuestions: SheetQuestion[];
	  }
	| {
			sheet: 'vocabulary';
			sources: Source[];
			entries: { term: Text; definition: Text }[];
			nameForms: Text[];
	  };

/**
 * One printable sheet in `lang`. The students' worksheet carries no answers at all, not even in
 * the page's data, so a student who opens it in a browser cannot read them off.
 */
export function sheetData(sheet: SheetId, lang: Lang): SheetData {
	const sources = sourcesFor(sheetFacts(sheet), 1);
	if (sheet === 'vocabulary')
		return {
			sheet,
			sources,
			entries: vocabularyFor(lang).map(({ term, definition }) => ({ term, definition })),
			nameForms
		};
	const key = sheet === 'answer-key';
	const question = ({ question, lines, answer }: SheetQuestion): SheetQuestion =>
		key ? { question, lines, answer } : { question, lines };
	return {
		sheet,
		sources,
		rows: timelineRows.map((row) => ({
			date: key || row.blank !== 'date' ? formatSpan(row.date, row.until, lang) : null,
			event: key || row.blank !== 'event' ? row.event : null,
			blank: row.blank
		})),
		shellEstimates: shellEstimates.map(({ date, million, qualifier, who }) => ({
			date,
			million,
			qualifier,
			who
		})),
		chartQuestions: chartQuestions.map(question),
		openQuestions: openQuestions.map(question)
	};
}
