import type { Lang } from '$lib/i18n/langs';
import { localize } from '$lib/i18n/localize';
import { sheetFacts, sourcesFor } from './collect';
import { formatSpan } from './dates';
import type { LessonGuide } from './lesson-guide';
import { sheetIds, type SheetId } from './links';
import type { ShellEstimate } from './worksheet';
import type { Source, Text } from './types';
import { vocabularyFor } from './vocabulary';

// Server-only (`.server.ts`): the guide's content and the fact sheet it cites stay out of the
// browser bundle; pages get the text as load data, with every fact already turned into its sources.

/** The printables a lesson's guide has: a worksheet from a timeline, a vocabulary sheet from words. */
export function sheetsOf(guide: LessonGuide): SheetId[] {
	return sheetIds.filter((sheet) =>
		sheet === 'vocabulary' ? guide.terms.length > 0 : guide.timelineRows.length > 0
	);
}

/** Does the lesson have a guide at all (a plan, a summary or a sheet to print)? */
export const hasGuide = (guide: LessonGuide): boolean =>
	guide.plans.length > 0 || guide.summary.length > 0 || sheetsOf(guide).length > 0;

/**
 * A lesson's teacher's guide page in one language, with each background item's sources resolved
 * from the fact sheet, and no fact ids. What the lesson does not have (an overview, prompts,
 * differentiation) is left out, and so is its section on the page.
 */
export function guidePageData(guide: LessonGuide, lang: Lang) {
	return localize(
		{
			plans: guide.plans,
			sheets: sheetsOf(guide),
			/** What the worksheet asks: the timeline task only, or the chart and the questions too. */
			worksheet: (guide.shellEstimates.length || guide.openQuestions.length
				? 'full'
				: 'timeline') as 'full' | 'timeline',
			/** Whether the vocabulary sheet lists name forms after the words. */
			names: guide.nameForms.length > 0,
			overview: guide.overview ?? null,
			prompts: guide.prompts,
			summary: guide.summary.map(({ facts, ...item }) => ({ ...item, sources: sourcesFor(facts) })),
			misconceptions: guide.misconceptions.map(({ facts, ...item }) => ({
				...item,
				sources: sourcesFor(facts)
			})),
			differentiation: guide.differentiation
				? {
						support: guide.differentiation.support.map(({ text, link }) => ({ text, link })),
						extension: guide.differentiation.extension.map(({ text, link }) => ({ text, link }))
					}
				: null
		},
		lang
	);
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
			shellEstimates: Omit<ShellEstimate, 'facts'>[];
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
 * One printable sheet of a lesson's guide in `lang`. The students' worksheet carries no answers at
 * all, not even in the page's data, so a student who opens it in a browser cannot read them off.
 */
export function sheetData(guide: LessonGuide, sheet: SheetId, lang: Lang): SheetData {
	const sources = sourcesFor(sheetFacts(guide, sheet), 1);
	if (sheet === 'vocabulary')
		return {
			sheet,
			sources,
			entries: vocabularyFor(guide.terms, lang).map(({ term, definition }) => ({
				term,
				definition
			})),
			nameForms: guide.nameForms
		};
	const key = sheet === 'answer-key';
	const question = ({ question, lines, answer }: SheetQuestion): SheetQuestion =>
		key ? { question, lines, answer } : { question, lines };
	return {
		sheet,
		sources,
		rows: guide.timelineRows.map((row) => ({
			date: key || row.blank !== 'date' ? formatSpan(row.date, row.until, lang) : null,
			event: key || row.blank !== 'event' ? row.event : null,
			blank: row.blank
		})),
		shellEstimates: guide.shellEstimates.map(({ date, million, qualifier, who }) => ({
			date,
			million,
			qualifier,
			who
		})),
		chartQuestions: guide.chartQuestions.map(question),
		openQuestions: guide.openQuestions.map(question)
	};
}
