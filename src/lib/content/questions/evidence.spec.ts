import { describe, expect, it } from 'vitest';
import { explainerSections, type Evidence } from '../anchors';
import { citedFacts } from '../rich-text';
import { sections } from '../sections';
import { chartFacts, getChartModel } from '$lib/charts/models';
import { requireFact } from '$lib/data/cited';
import { articleEventId } from '$lib/data/event-text';
import { unbackedNumbers } from '$lib/data/prose-numbers';
import type { Fact } from '$lib/data/schema';
import { langs } from '$lib/i18n/langs';
import { quizList } from './index';

const paragraphs = sections.flatMap((s) => s.paragraphs);

/** The facts a piece of evidence holds: a chart's points, or the facts its paragraph(s) cite. */
function evidenceFacts(evidence: Evidence): Fact[] {
	if (evidence.kind === 'chart') return chartFacts(getChartModel(evidence.anchor));
	const ids: readonly string[] = (explainerSections as Record<string, readonly string[]>)[
		evidence.anchor
	] ?? [evidence.anchor];
	const cited = paragraphs
		.filter((p) => ids.includes(p.id))
		.flatMap((p) => [...citedFacts(p.text.hu), ...citedFacts(p.text.en)]);
	return [...new Set(cited)].map(requireFact);
}

/** The explanation may also give the article's own date, the lesson's fixed point. */
const article = requireFact(articleEventId);

/**
 * Figures an explanation works out from the evidence rather than reads off it, each computed here
 * from the facts, so that a changed fact still fails the explanation that did the sum.
 */
const value = (id: string) => {
	const fact = requireFact(id);
	if (fact.kind !== 'series' || fact.value === null) throw new Error(`No figure: ${id}`);
	return fact.value;
};
const derived: Record<string, () => number[]> = {
	'data-containers-growth': () => [value('se-cont-us-2024-09-04') - value('se-cont-us-2024-02-23')]
};

/**
 * An order question whose items sit in two sections links to one of them; the other paragraph is
 * named here, so that its dates are still checked against the facts that paragraph cites.
 */
const alsoIn: Record<string, Evidence[]> = {
	'context-order-visits': [{ kind: 'explainer', anchor: 'first-visit-2023' }]
};

const questions = quizList.flatMap((quiz) => quiz.questions);

describe('quiz evidence holds the answer', () => {
	it('a table question links to a chart or paragraph that holds every row of its table', () => {
		const tables = questions.filter((q) => q.type === 'table');
		expect(tables.length).toBeGreaterThan(5);
		for (const q of tables) {
			const held = new Set(evidenceFacts(q.evidence).map((f) => f.id));
			for (const row of q.table.rows)
				expect(held.has(row.factId), `${q.id}: ${row.factId} is not in ${q.evidence.anchor}`).toBe(
					true
				);
		}
	});
	it('a question that cites a chart states only figures of that chart’s series', () => {
		const charted = questions.filter((q) => q.evidence.kind === 'chart');
		expect(charted.length).toBeGreaterThan(5);
		for (const q of charted) {
			const facts = [...evidenceFacts(q.evidence), article];
			for (const lang of langs) {
				const bad = unbackedNumbers(q.explanation[lang], lang, facts, derived[q.id]?.() ?? []);
				expect(bad, `${q.id} ${lang} cites ${q.evidence.anchor}`).toEqual([]);
			}
		}
	});
	it('a question that cites a paragraph states only figures that paragraph gives', () => {
		for (const q of questions.filter((q) => q.evidence.kind === 'explainer')) {
			const extra = (alsoIn[q.id] ?? []).flatMap(evidenceFacts);
			const facts = [...evidenceFacts(q.evidence), ...extra, article];
			for (const lang of langs) {
				const bad = unbackedNumbers(q.explanation[lang], lang, facts, derived[q.id]?.() ?? []);
				expect(bad, `${q.id} ${lang} cites ${q.evidence.anchor}`).toEqual([]);
			}
		}
	});
	it('fails a question whose evidence is the wrong chart', () => {
		const casualties = questions.find((q) => q.id === 'data-casualties');
		expect(casualties?.type).toBe('table');
		if (casualties?.type !== 'table') return;
		const troops = new Set(
			evidenceFacts({ kind: 'chart', anchor: 'chart-troops' }).map((f) => f.id)
		);
		expect(casualties.table.rows.some((row) => !troops.has(row.factId))).toBe(true);
	});
});
