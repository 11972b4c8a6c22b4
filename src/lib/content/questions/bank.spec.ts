import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	chartIds,
	explainerParagraphIds,
	explainerSections,
	extraChartIds,
	quizIds
} from '../anchors';
import { langs } from '$lib/i18n/langs';
import { grade } from '$lib/quiz/grade';
import { normaliseAnswer } from '$lib/quiz/normalise';
import { answerKey } from '$lib/quiz/question';
import { questionTypes, type Question, type Text } from '$lib/quiz/types';
import { getQuiz, questionsById, quizList, quizzes } from './index';
import { findFact } from '$lib/data/cited';

const all = quizList.flatMap((q) => q.questions);

/** Every bilingual text of a question, with a label for failure messages. */
function texts(q: Question): [string, Text][] {
	const out: [string, Text][] = [
		['prompt', q.prompt],
		['explanation', q.explanation]
	];
	if ('options' in q) q.options.forEach((o) => out.push([`option ${o.id}`, o.text]));
	if (q.type === 'order') q.items.forEach((o) => out.push([`item ${o.id}`, o.text]));
	if (q.type === 'match')
		[...q.left, ...q.right].forEach((o) => out.push([`pair ${o.id}`, o.text]));
	if (q.type === 'numeric' && q.unit) out.push(['unit', q.unit]);
	if (q.type === 'table') {
		out.push(
			['caption', q.table.caption],
			['col0', q.table.columns[0]],
			['col1', q.table.columns[1]]
		);
		q.table.rows.forEach((r) => out.push([`row ${r.factId}`, r.label]));
	}
	return out;
}

/** The fact sheet is shared outside the repository; look for it in the parent folders. */
function findFactSheet(): string | undefined {
	let dir = resolve('.');
	for (let i = 0; i < 5; i++) {
		const candidate = join(dir, 'shared', 'facts', 'facts.json');
		if (existsSync(candidate)) return candidate;
		dir = dirname(dir);
	}
	return undefined;
}

describe('question bank: size and coverage', () => {
	it('has the four agreed quizzes, at least 40 questions, every type', () => {
		expect(Object.keys(quizzes).sort()).toEqual([...quizIds].sort());
		expect(all.length).toBeGreaterThanOrEqual(40);
		for (const quiz of quizList) expect(quiz.questions.length).toBeGreaterThanOrEqual(10);
		expect(new Set(all.map((q) => q.type))).toEqual(new Set(questionTypes));
	});
	it('mixes difficulties within each quiz', () => {
		for (const quiz of quizList)
			expect(new Set(quiz.questions.map((q) => q.difficulty)).size).toBeGreaterThanOrEqual(2);
	});
	it('has unique question ids, prefixed by their quiz', () => {
		expect(questionsById.size).toBe(all.length);
		for (const quiz of quizList)
			for (const q of quiz.questions) expect(q.id.startsWith(`${quiz.id}-`)).toBe(true);
	});
	it('finds quizzes by id and nothing else', () => {
		expect(getQuiz('data')?.id).toBe('data');
		expect(getQuiz('nope')).toBeUndefined();
		expect(getQuiz('toString')).toBeUndefined();
	});
});

describe.each(all.map((q) => [q.id, q] as const))('question %s', (_id, q) => {
	it('has every text in both languages', () => {
		for (const [label, text] of texts(q))
			for (const lang of langs) {
				expect(text[lang], `${label} ${lang}`).toBeTypeOf('string');
				expect(text[lang].trim(), `${label} ${lang}`).not.toBe('');
				expect(text[lang], `${label} ${lang}`).toBe(text[lang].trim());
			}
		expect(q.prompt.hu).not.toBe(q.prompt.en);
		expect(q.explanation.hu).not.toBe(q.explanation.en);
	});
	it('follows each language’s typography', () => {
		for (const [label, text] of texts(q)) {
			expect(text.hu, `${label}: Hungarian uses „…” and a decimal comma`).not.toMatch(/"|\d\.\d/);
			expect(text.en, `${label}: British spelling`).not.toMatch(
				/defense(?! Intelligence)(?<!of Defense)/i
			);
			expect(text.en, `${label}: English uses “…” and ‘…’ and ’`).not.toMatch(/[„"']/);
		}
	});
	it('links to evidence that exists', () => {
		const ok =
			q.evidence.kind === 'chart'
				? ([...chartIds, ...extraChartIds] as readonly string[]).includes(q.evidence.anchor)
				: (explainerParagraphIds as readonly string[]).includes(q.evidence.anchor) ||
					q.evidence.anchor in explainerSections;
		expect(ok, `${q.evidence.kind}#${q.evidence.anchor}`).toBe(true);
	});
	it('has a key that is among its options and earns full marks in both languages', () => {
		const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
		const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
		switch (q.type) {
			case 'single':
			case 'table':
				unique(ids(q.options));
				expect(ids(q.options)).toContain(q.key);
				break;
			case 'multi':
				unique(ids(q.options));
				expect(q.key.length).toBeGreaterThan(0);
				expect(q.key.length).toBeLessThan(q.options.length);
				for (const k of q.key) expect(ids(q.options)).toContain(k);
				break;
			case 'order':
				unique(ids(q.items));
				expect([...q.key].sort()).toEqual(ids(q.items).sort());
				break;
			case 'match':
				unique([...ids(q.left), ...ids(q.right)]);
				expect(Object.keys(q.key).sort()).toEqual(ids(q.left).sort());
				for (const r of Object.values(q.key)) expect(ids(q.right)).toContain(r);
				unique(Object.values(q.key));
				break;
			case 'numeric':
				expect(Number.isFinite(q.key.value)).toBe(true);
				expect(q.key.tolerance).toBeGreaterThanOrEqual(0);
				break;
			case 'text':
				for (const lang of langs) {
					const { variants, lang: answerLang } = q.key[lang];
					expect(variants.length).toBeGreaterThan(0);
					for (const v of variants) expect(normaliseAnswer(v, answerLang)).not.toBe('');
				}
				break;
			case 'truefalse':
				expect(typeof q.key).toBe('boolean');
				break;
		}
		for (const lang of langs) expect(grade(q, answerKey(q, lang)).score).toBe(1);
	});
	it('has no two options that read the same', () => {
		const groups =
			q.type === 'match'
				? [q.left, q.right]
				: q.type === 'order'
					? [q.items]
					: 'options' in q
						? [q.options]
						: [];
		expect(groups.every((group) => group.length >= 2)).toBe(true);
		for (const group of groups)
			for (const lang of langs) {
				const shown = group.map((o) => o.text[lang]);
				expect(new Set(shown).size).toBe(shown.length);
			}
	});
});

describe('tables match the lesson’s facts', () => {
	const rows = all.flatMap((q) => (q.type === 'table' ? q.table.rows : []));
	it('has every table value exactly as in the lesson’s record of facts, with one of its sources', () => {
		expect(rows.length).toBeGreaterThan(10);
		for (const row of rows) {
			const fact = findFact(row.factId);
			expect(fact, row.factId).toBeDefined();
			expect(fact!.kind === 'series' ? fact!.value : undefined, row.factId).toBe(row.value);
			// A row names one or more of the fact's sources, as `Publisher, date; Publisher, date`.
			for (const part of row.source.split('; ')) {
				const named = fact!.sources.some(
					(s) =>
						part.startsWith(`${s.publisher}, `) &&
						s.date.startsWith(part.slice(s.publisher.length + 2))
				);
				expect(named, `${row.factId}: ${part}`).toBe(true);
			}
		}
	});
	// The shared sheet is the research the record started from (beside the clone, read-only in CI):
	// a table may differ from it only where the record declares a correction of that value.
	const path = findFactSheet();
	const sheet: { id: string; value?: number | null }[] = path
		? JSON.parse(readFileSync(path, 'utf8'))
		: [];
	it.runIf(path)(
		'differs from the shared sheet only where the record declares a correction',
		() => {
			const byId = new Map(sheet.map((f) => [f.id, f]));
			expect(rows.length).toBeGreaterThan(10);
			for (const row of rows) {
				const old = byId.get(row.factId);
				if (!old || old.value === row.value) continue;
				expect(findFact(row.factId)?.corrected?.fields, row.factId).toContain('value');
			}
		}
	);
	it('cites a source for every row even without the fact sheet', () => {
		for (const row of rows) expect(row.source).toMatch(/\d{4}/);
	});
});
