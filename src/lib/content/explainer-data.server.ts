import { glossary, type GlossaryTerm } from './glossary';
import { people, type Person } from './people';
import { citedFacts } from './rich-text';
import { sections, type ExplainerSection } from './sections';
import { requireFact } from '$lib/data/cited';
import type { SourcedFact } from './source-types';

/** What the explainer page renders: both languages (parallel mode needs them) and the cited facts. */
export interface ExplainerData {
	sections: ExplainerSection[];
	terms: Record<string, GlossaryTerm>;
	people: Person[];
	facts: Record<string, SourcedFact>;
	stats: { sections: number; paragraphs: number; facts: number; terms: number; people: number };
}

/** Every fact id the explainer shows: cited in a paragraph or behind a person's role. */
export function shownFactIds(): string[] {
	const ids = new Set<string>();
	for (const p of sections.flatMap((s) => s.paragraphs))
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

/** The explainer page's data, built once per request on the server so the browser gets no content code. */
export function explainerData(): ExplainerData {
	const ids = shownFactIds();
	return {
		sections,
		terms: Object.fromEntries(glossary.map((t) => [t.id, t])),
		people,
		facts: Object.fromEntries(ids.map((id) => [id, sourcedFact(id)])),
		stats: {
			sections: sections.length,
			paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
			facts: ids.length,
			terms: glossary.length,
			people: people.length
		}
	};
}
