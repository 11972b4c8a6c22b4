import { describe, expect, it } from 'vitest';
import { quizList } from '$lib/content/questions';
import type { Question, Text } from '$lib/quiz/types';
import { exportQuizzes } from './bank';
import { moodleType, moodleXml } from './moodle';
import { parseFragment, parseXml, spans, textOf, type Node } from './xml-testing';

const origin = 'http://lesson.test';
const doc = parseXml(moodleXml(exportQuizzes('all'), origin));
const nodes = (doc.quiz as Node).question as Node[];
const questions = nodes.filter((n) => n['@type'] !== 'category');
const byId = new Map(questions.map((n) => [textOf(n.idnumber), n]));
const bank = quizList.flatMap((quiz) => quiz.questions);

/** The HTML inside a `<x format="html"><text>` field, parsed. */
const htmlOf = (n: Node, field: string) => parseFragment(textOf((n[field] as Node).text));
const ml = (html: string): Text => spans(parseFragment(html));
const answers = (n: Node) => (n.answer as Node[]) ?? [];
const fraction = (a: Node) => Number(a['@fraction']);

/** What Moodle gets back from the file, in the bank's terms (option ids are not in Moodle). */
function readBack(n: Node, q: Question) {
	const text = htmlOf(n, 'questiontext');
	const prompt = spans((text.p as Node[])[0]);
	const explanation = spans((htmlOf(n, 'generalfeedback').p as Node[])[0]);
	const common = { type: n['@type'], prompt, explanation };
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'table':
			return {
				...common,
				options: answers(n).map((a) => ml(textOf(a.text))),
				key: answers(n)
					.filter((a) => fraction(a) > 0)
					.map((a) => ml(textOf(a.text))),
				...(q.type === 'table' ? { rows: ((text.table as Node).tbody as Node).tr as Node[] } : {})
			};
		case 'truefalse':
			return { ...common, key: textOf(answers(n).find((a) => fraction(a) === 100)?.text) };
		case 'order':
			return { ...common, key: answers(n).map((a) => ml(textOf(a.text))) };
		case 'match': {
			const subs = n.subquestion as Node[];
			return {
				...common,
				pairs: subs
					.filter((s) => textOf(s.text) !== '')
					.map((s) => [ml(textOf(s.text)), ml(textOf((s.answer as Node[])[0].text))]),
				distractors: subs
					.filter((s) => textOf(s.text) === '')
					.map((s) => ml(textOf((s.answer as Node[])[0].text)))
			};
		}
		case 'numeric':
			return {
				...common,
				key: {
					value: Number(textOf(answers(n)[0].text)),
					tolerance: Number(textOf(answers(n)[0].tolerance))
				},
				unit: q.unit ? spans((text.p as Node[])[1]) : undefined
			};
		case 'text':
			return {
				...common,
				variants: answers(n)
					.map((a) => textOf(a.text))
					.sort()
			};
	}
}

/** The same projection taken straight from the bank. */
function expected(q: Question) {
	const common = { type: moodleType[q.type], prompt: q.prompt, explanation: q.explanation };
	const text = (list: { id: string; text: Text }[], id: string) =>
		(list.find((o) => o.id === id) as { text: Text }).text;
	switch (q.type) {
		case 'single':
		case 'table':
			return {
				...common,
				options: q.options.map((o) => o.text),
				key: [text(q.options, q.key)],
				...(q.type === 'table' ? { rows: expect.any(Array) } : {})
			};
		case 'multi':
			return {
				...common,
				options: q.options.map((o) => o.text),
				key: q.options.filter((o) => q.key.includes(o.id)).map((o) => o.text)
			};
		case 'truefalse':
			return { ...common, key: String(q.key) };
		case 'order':
			return { ...common, key: q.key.map((id) => text(q.items, id)) };
		case 'match': {
			const used = new Set(Object.values(q.key));
			return {
				...common,
				pairs: q.left.map((l) => [l.text, text(q.right, q.key[l.id])]),
				distractors: q.right.filter((r) => !used.has(r.id)).map((r) => r.text)
			};
		}
		case 'numeric':
			return { ...common, key: q.key, unit: q.unit };
		case 'text':
			return {
				...common,
				variants: [...new Set([...q.key.hu.variants, ...q.key.en.variants])].sort()
			};
	}
}

describe('Moodle XML export', () => {
	it('holds every question of the bank once, and nothing else', () => {
		expect([...byId.keys()].sort()).toEqual(bank.map((q) => q.id).sort());
		expect(questions).toHaveLength(bank.length);
	});

	it('puts each quiz in its own category, named in both languages', () => {
		const categories = nodes.filter((n) => n['@type'] === 'category');
		expect(categories.map((c) => textOf((c.category as Node).text))).toEqual(
			quizList.map((q) => `$course$/top/${q.title.hu} | ${q.title.en}`)
		);
	});

	it.each(bank.map((q) => [q.id, q] as const))('reads %s back as the bank has it', (_, q) => {
		expect(readBack(byId.get(q.id) as Node, q)).toEqual(expected(q));
	});

	it("gives multiple-answer questions the lesson's partial credit: right options add to 100", () => {
		for (const q of bank.filter((q) => q.type === 'multi')) {
			const fractions = answers(byId.get(q.id) as Node).map(fraction);
			const positive = fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0);
			const negative = fractions.filter((f) => f < 0).reduce((a, b) => a + b, 0);
			expect(positive).toBeCloseTo(100, 4);
			expect(negative).toBeCloseTo(-100, 4);
		}
	});

	it('keeps the table figures exact and links the evidence in each language', () => {
		for (const q of bank) {
			const n = byId.get(q.id) as Node;
			const links = ((htmlOf(n, 'generalfeedback').p as Node[])[1].span as Node[]).map(
				(s) => (s.a as Node)['@href']
			);
			expect(links).toEqual([
				expect.stringMatching(
					new RegExp(
						`^${origin}/hu/shoigu-pyongyang-2024/(explainer|timeline)#${q.evidence.anchor}$`
					)
				),
				expect.stringMatching(
					new RegExp(
						`^${origin}/en/shoigu-pyongyang-2024/(explainer|timeline)#${q.evidence.anchor}$`
					)
				)
			]);
			if (q.type !== 'table') continue;
			const rows = ((htmlOf(n, 'questiontext').table as Node).tbody as Node).tr as Node[];
			expect(rows.map((r) => Number((r.td as Node[])[0]['@data-value']))).toEqual(
				q.table.rows.map((r) => r.value)
			);
		}
	});

	it('says in the file what Moodle cannot carry, in both languages', () => {
		const xml = moodleXml(exportQuizzes('data'), origin);
		expect(xml).toMatch(/<!-- \[hu\] Elveszik:/);
		expect(xml).toMatch(/<!-- \[en\] Dropped:/);
		expect(xml).toMatch(/<!-- \[en\] Data-table question: Moodle has no such type/);
		const comments = [...xml.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]);
		expect(comments.length).toBeGreaterThan(3);
		for (const comment of comments) expect(comment).not.toContain('--');
	});

	it('exports one quiz alone', () => {
		const one = parseXml(moodleXml(exportQuizzes('words'), origin));
		const ids = ((one.quiz as Node).question as Node[])
			.filter((n) => n['@type'] !== 'category')
			.map((n) => textOf(n.idnumber));
		expect(ids).toEqual(exportQuizzes('words')[0].questions.map((q) => q.id));
	});
});
