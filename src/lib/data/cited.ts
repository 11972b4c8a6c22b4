import raw from './background.json';
import { facts, parseFacts } from './facts';
import type { BackgroundFact, Fact } from './schema';

// The background facts (treaties, roles, caveats on estimates) are kept apart from facts.json
// because only the explainer and the guide cite them, and those resolve their citations on the
// server: the timeline, which bundles facts.json, does not carry them to the browser.

/** The background facts of the shared fact sheet, validated at load like the rest. */
export const backgroundFacts: readonly BackgroundFact[] = parseFacts(raw).map((fact) => {
	if (fact.kind !== 'background') throw new Error(`Not a background fact: ${fact.id}`);
	return fact;
});

const byId = new Map<string, Fact>(facts.map((fact) => [fact.id, fact]));
for (const fact of backgroundFacts) {
	if (byId.has(fact.id)) throw new Error(`Duplicate fact id: ${fact.id}`);
	byId.set(fact.id, fact);
}

/** Any fact of the sheet by id (event, data point or background), or undefined. */
export function findFact(id: string): Fact | undefined {
	return byId.get(id);
}

/**
 * Any fact of the sheet by id; throws on an unknown id, so that a page citing a fact the sheet
 * does not have fails its server load and its spec instead of showing a note without a source.
 */
export function requireFact(id: string): Fact {
	const fact = byId.get(id);
	if (!fact) throw new Error(`No such fact: ${id}`);
	return fact;
}
