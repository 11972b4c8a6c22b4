import { requireFact } from '$lib/data/cited';
import { otherLang, type Lang } from '$lib/i18n/langs';
import type { LessonContent } from '$lib/server/lessons/content';
import type { Person } from './people';
import { citedFacts, plainText, readingMinutes } from './rich-text';
import type { SourcedFact } from './source-types';
import type { ExplainerPageParagraph, ExplainerPageSection, PageTerm } from './explainer-types';

/**
 * What the explainer page renders: the text in the page's language, and the other language's only
 * in parallel mode (`translation`, `titleOther`), which is the one view that shows it.
 */
export interface ExplainerData {
	/** The lesson's own introduction to its explainer, in the page's language. */
	lead: string;
	description: string;
	sections: ExplainerPageSection[];
	terms: Record<string, PageTerm>;
	people: Person[];
	facts: Record<string, SourcedFact>;
	stats: {
		sections: number;
		paragraphs: number;
		facts: number;
		terms: number;
		people: number;
		/** Reading time of the page language's text. */
		minutes: number;
	};
}

/** Every fact id the explainer shows: cited in a paragraph or behind a person's role. */
export function shownFactIds(lesson: LessonContent): string[] {
	const ids = new Set<string>();
	const people = lesson.people.people;
	for (const p of lesson.explainer.sections.flatMap((s) => s.paragraphs))
		for (const id of [...citedFacts(p.text.hu), ...citedFacts(p.text.en)]) ids.add(id);
	for (const person of people) for (const role of person.roles) ids.add(role.fact);
	return [...ids];
}

/**
 * A cited fact from the shared fact sheet, cut to what the notes show; throws on an id the sheet
 * does not have. Only the cited facts go to the page, never the whole sheet.
 */
export function sourcedFact(id: string): SourcedFact {
	const { confidence, sources } = requireFact(id);
	return {
		confidence,
		sources: sources.map(({ publisher, date, url }) => ({ publisher, date, url }))
	};
}

/**
 * The explainer page's data in `lang`, with the other language as well for parallel mode; built on
 * the server so the browser gets no content code and, outside parallel mode, one language's text.
 */
export function explainerData(lesson: LessonContent, lang: Lang, parallel: boolean): ExplainerData {
	const { sections, lead, description } = lesson.explainer;
	const glossary = lesson.glossary.terms;
	const people = lesson.people.people;
	const ids = shownFactIds(lesson);
	const other = otherLang(lang);
	const shown: Lang[] = parallel ? [lang, other] : [lang];
	const pageSections = sections.map((section): ExplainerPageSection => ({
		id: section.id,
		title: section.title[lang],
		...(parallel && { titleOther: section.title[other] }),
		paragraphs: section.paragraphs.map((p): ExplainerPageParagraph => ({
			id: p.id,
			text: p.text[lang],
			...(parallel && { translation: p.text[other] }),
			...(p.later && { later: true })
		}))
	}));
	return {
		lead: lead[lang],
		description: description[lang],
		sections: pageSections,
		// Both names of a term (the popover gives the other language's word), but its definition
		// only in the languages on the page.
		terms: Object.fromEntries(
			glossary.map((t) => [
				t.id,
				{
					id: t.id,
					term: t.term,
					definition: Object.fromEntries(shown.map((l) => [l, t.definition[l]]))
				}
			])
		),
		people,
		facts: Object.fromEntries(ids.map((id) => [id, sourcedFact(id)])),
		stats: {
			sections: sections.length,
			paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
			facts: ids.length,
			terms: glossary.length,
			people: people.length,
			minutes: readingMinutes(
				sections.flatMap((s) => s.paragraphs.map((p) => plainText(p.text[lang])))
			)
		}
	};
}
