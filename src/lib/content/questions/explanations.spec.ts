import { describe, expect, it } from 'vitest';
import { explainerSections, type Evidence } from '../anchors';
import { parseRich, plainText } from '../rich-text';
import { sections } from '../sections';
import { getChartModel } from '$lib/charts/models';
import { requireFact } from '$lib/data/cited';
import { numbersIn, shownFigureProblem } from '$lib/data/prose-numbers';
import { langs, type Lang } from '$lib/i18n/langs';
import type { Question } from '$lib/quiz/types';
import { explain, markedExplanation } from './helpers';
import { quizList } from './index';

/*
 * A figure lives once, in its fact. A quiz explanation writes an estimate with the explainer's
 * marker, `[[e:fact-id|about 20,000]]`, so that its number and hedge are checked against the fact
 * exactly as the explainer's are (shownFigureProblem); the reader sees the marker's words. The
 * evidence spec checks that every other number of an explanation is carried by its evidence.
 */

const questions = quizList.flatMap((quiz) => quiz.questions);
const paragraphs = sections.flatMap((s) => s.paragraphs);

/** The estimates a piece of evidence shows: its chart's estimate points, or its paragraphs' markers. */
function evidenceEstimates(evidence: Evidence, lang: Lang): { id: string; numbers: number[] }[] {
	if (evidence.kind === 'chart')
		return getChartModel(evidence.anchor).series.flatMap((s) =>
			s.points
				.filter((p) => p.estimate && p.y !== null && p.fact.kind === 'series')
				.map((p) => ({
					id: p.fact.id,
					numbers:
						p.fact.kind === 'series' ? [p.fact.value ?? NaN, ...(p.fact.value_range ?? [])] : []
				}))
		);
	const ids: readonly string[] = (explainerSections as Record<string, readonly string[]>)[
		evidence.anchor
	] ?? [evidence.anchor];
	return paragraphs
		.filter((p) => ids.includes(p.id))
		.flatMap((p) => parseRich(p.text[lang]))
		.flatMap((t) =>
			t.kind === 'estimate' ? [{ id: t.id, numbers: numbersIn(t.text, lang) }] : []
		);
}

/** Numbers of an explanation written outside any marker, and the facts its markers show each number for. */
function split(question: Question, lang: Lang) {
	const tokens = parseRich(markedExplanation(question)[lang]);
	const loose = tokens.flatMap((t) => (t.kind === 'text' ? numbersIn(t.text, lang) : []));
	const marked = tokens.flatMap((t) =>
		t.kind === 'estimate' ? numbersIn(t.text, lang).map((n) => ({ id: t.id, n })) : []
	);
	return { tokens, loose, marked };
}

/** Date parts, which the evidence spec checks against the facts' dates. */
const datePart = (n: number) =>
	Number.isInteger(n) && ((n >= 1 && n <= 31) || (n >= 1900 && n <= 2100));

describe('quiz explanations take their estimates from the facts', () => {
	it('every marker shows its fact’s figure with the source’s own hedge', () => {
		let checked = 0;
		for (const q of questions)
			for (const lang of langs)
				for (const token of parseRich(markedExplanation(q)[lang])) {
					if (token.kind === 'term' || token.kind === 'cite')
						throw new Error(`${q.id}: only [[e:…]] markers belong in an explanation`);
					if (token.kind !== 'estimate') continue;
					checked += 1;
					expect(shownFigureProblem(token.text, lang, requireFact(token.id)), q.id).toBeNull();
				}
		expect(checked).toBeGreaterThan(15);
	});

	it('an estimate the evidence shows is written through its fact’s marker, not typed as a bare number', () => {
		for (const q of questions)
			for (const lang of langs) {
				const { loose, marked } = split(q, lang);
				for (const estimate of evidenceEstimates(q.evidence, lang))
					for (const n of estimate.numbers) {
						if (datePart(n) || !loose.includes(n)) continue;
						// A bare number may repeat a figure the text has already given through a marker (a sum).
						const shown = marked.some((m) => m.n === n || m.n * 1e6 === n);
						expect(
							shown,
							`${q.id} ${lang}: ${n} (${estimate.id}) is written without its marker`
						).toBe(true);
					}
			}
	});

	it('the same estimates are marked in both languages', () => {
		for (const q of questions) {
			const ids = (lang: Lang) => [...new Set(split(q, lang).marked.map((m) => m.id))].sort();
			expect(ids('hu'), q.id).toEqual(ids('en'));
		}
	});

	it('readers get the marker’s words, and the specs the marked text', () => {
		const text = explain(
			'kb. [[e:se-cont-rok-2024-09|20 000]] konténer',
			'[[e:se-cont-rok-2024-09|about 20,000]] containers'
		);
		expect(text).toEqual({ hu: 'kb. 20\u00a0000 konténer', en: 'about 20,000 containers' });
		expect(markedExplanation({ ...questions[0], explanation: text }).en).toContain('[[e:');
		for (const q of questions)
			for (const lang of langs)
				expect(q.explanation[lang]).toBe(plainText(markedExplanation(q)[lang]));
	});

	it('fails an explanation that types an estimate of its chart without the marker', () => {
		const q = questions.find((x) => x.id === 'data-shells-september');
		expect(q).toBeDefined();
		const bare = {
			...q!,
			explanation: explain('legfeljebb 9,4 millió lövedék', 'up to 9.4 million shells')
		};
		const { loose, marked } = split(bare, 'en');
		expect(loose).toContain(9.4);
		expect(marked).toEqual([]);
	});
});
