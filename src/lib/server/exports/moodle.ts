import { create } from 'xmlbuilder2';
import { evidenceHref } from '$lib/content/anchors';
import { formatNumber } from '$lib/i18n/format';
import type { Option, Question, Quiz, TableQuestion, Text } from '$lib/quiz/types';
import { bilingual, commentText, html, type XMLBuilder } from './html';
import { moodleNotes, moodleTypeNotes, noteLines } from './notes';
import { phrase } from './words';

/**
 * The question bank as Moodle XML: one category per quiz, every text in both languages inside
 * Moodle's multilang spans, the explanation as general feedback. Notes on what does not map
 * one to one are comments in the file (see notes.ts).
 */
export function moodleXml(quizzes: readonly Quiz[], origin: string): string {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('quiz');
	for (const line of [moodleNotes.intro, moodleNotes.carries, moodleNotes.drops].flatMap(noteLines))
		root.com(commentText(line));
	for (const quiz of quizzes) {
		const category = root.ele('question', { type: 'category' });
		category
			.ele('category')
			.ele('text')
			.txt(`$course$/top/${categoryName(quiz.title)}`);
		category
			.ele('info', { format: 'html' })
			.ele('text')
			.dat(html((f) => bilingual(f, quiz.description, multilang)));
		category.ele('idnumber').txt(`lesson-${quiz.id}`);
		for (const question of quiz.questions) writeQuestion(root, question, origin);
	}
	return root.end({ prettyPrint: true });
}

/** The attributes of Moodle's multilang filter. */
export const multilang = (lang: string) => ({ lang, class: 'multilang' });

/** "/" separates levels in a Moodle category path, so it is doubled inside a name. */
function categoryName(title: Text): string {
	return `${title.hu} | ${title.en}`.replaceAll('/', '//');
}

/** Moodle's type for each of ours. */
export const moodleType: Record<Question['type'], string> = {
	single: 'multichoice',
	multi: 'multichoice',
	truefalse: 'truefalse',
	order: 'ordering',
	match: 'matching',
	numeric: 'numerical',
	text: 'shortanswer',
	table: 'multichoice'
};

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** A text element holding HTML; the builder escapes the text, CDATA keeps the markup readable. */
function htmlField(parent: XMLBuilder, name: string, body: string): XMLBuilder {
	return parent.ele(name, { format: 'html' }).ele('text').dat(body).up().up();
}

function mlHtml(text: Text): string {
	return html((f) => bilingual(f, text, multilang));
}

function writeQuestion(root: XMLBuilder, q: Question, origin: string): void {
	const note = moodleTypeNotes[q.type];
	if (note) for (const line of noteLines(note)) root.com(commentText(line));
	const el = root.ele('question', { type: moodleType[q.type] });
	el.ele('name')
		.ele('text')
		.txt(`${short(q.prompt.hu)} | ${short(q.prompt.en)}`);
	htmlField(el, 'questiontext', questionHtml(q));
	htmlField(el, 'generalfeedback', feedbackHtml(q, origin));
	el.ele('defaultgrade').txt('1');
	el.ele('penalty').txt('0');
	el.ele('hidden').txt('0');
	el.ele('idnumber').txt(q.id);
	switch (q.type) {
		case 'single':
		case 'table':
			choiceOptions(el, true);
			for (const o of q.options) answer(el, o.id === q.key ? 100 : 0, mlHtml(o.text));
			break;
		case 'multi': {
			choiceOptions(el, false);
			const wrong = q.options.length - q.key.length;
			for (const o of q.options) {
				// The lesson's score: hits / correct - false hits / wrong, never below zero.
				const fraction = q.key.includes(o.id) ? 100 / q.key.length : -100 / wrong;
				answer(el, fraction, mlHtml(o.text));
			}
			break;
		}
		case 'truefalse':
			answer(el, q.key ? 100 : 0, 'true', 'moodle_auto_format');
			answer(el, q.key ? 0 : 100, 'false', 'moodle_auto_format');
			break;
		case 'order': {
			el.ele('layouttype').txt('VERTICAL');
			el.ele('selecttype').txt('ALL');
			el.ele('selectcount').txt('0');
			el.ele('gradingtype').txt('RELATIVE_ALL_PREVIOUS_AND_NEXT');
			el.ele('showgrading').txt('SHOW');
			el.ele('numberingstyle').txt('none');
			combinedFeedback(el);
			const byId = new Map(q.items.map((item) => [item.id, item]));
			// Moodle reads the correct order from the order of the answers.
			q.key.forEach((id, i) => answer(el, i + 1, mlHtml((byId.get(id) as Option).text)));
			break;
		}
		case 'match': {
			el.ele('shuffleanswers').txt('true');
			combinedFeedback(el);
			const right = new Map(q.right.map((o) => [o.id, o]));
			for (const left of q.left) {
				const sub = el.ele('subquestion', { format: 'html' });
				sub.ele('text').dat(mlHtml(left.text));
				sub
					.ele('answer')
					.ele('text')
					.txt(mlHtml((right.get(q.key[left.id]) as Option).text));
			}
			// A subquestion with no text is Moodle's way to add a distractor on the right.
			const used = new Set(Object.values(q.key));
			for (const extra of q.right.filter((o) => !used.has(o.id))) {
				const sub = el.ele('subquestion', { format: 'html' });
				sub.ele('text').txt('');
				sub.ele('answer').ele('text').txt(mlHtml(extra.text));
			}
			break;
		}
		case 'numeric': {
			const a = answer(el, 100, String(q.key.value), 'moodle_auto_format');
			a.ele('tolerance').txt(String(q.key.tolerance));
			el.ele('unitgradingtype').txt('0');
			el.ele('unitpenalty').txt('0');
			el.ele('showunits').txt('3');
			el.ele('unitsleft').txt('0');
			break;
		}
		case 'text': {
			el.ele('usecase').txt('0');
			const variants = new Set([...q.key.hu.variants, ...q.key.en.variants]);
			for (const variant of variants) answer(el, 100, variant, 'moodle_auto_format');
			break;
		}
	}
}

function choiceOptions(el: XMLBuilder, single: boolean): void {
	el.ele('single').txt(String(single));
	el.ele('shuffleanswers').txt('true');
	el.ele('answernumbering').txt('abc');
	el.ele('showstandardinstruction').txt('0');
	combinedFeedback(el);
}

/** Moodle's correct / partly correct / incorrect feedback, in the lesson's own words. */
function combinedFeedback(el: XMLBuilder): void {
	htmlField(el, 'correctfeedback', mlHtml(phrase('quiz', 'feedback.correct')));
	htmlField(el, 'partiallycorrectfeedback', mlHtml(phrase('quiz', 'feedback.partial')));
	htmlField(el, 'incorrectfeedback', mlHtml(phrase('quiz', 'feedback.incorrect')));
	el.ele('shownumcorrect');
}

/** Fractions to seven decimals, as Moodle writes them itself. */
function answer(el: XMLBuilder, fraction: number, text: string, format = 'html'): XMLBuilder {
	const a = el.ele('answer', { fraction: String(Math.round(fraction * 1e7) / 1e7), format });
	if (format === 'html') a.ele('text').dat(text);
	else a.ele('text').txt(text);
	a.ele('feedback', { format: 'html' }).ele('text').txt('');
	return a;
}

function questionHtml(q: Question): string {
	return html((f) => {
		bilingual(f.ele('p'), q.prompt, multilang);
		if (q.type === 'table') tableHtml(f, q);
		if (q.type === 'numeric' && q.unit) {
			const p = f.ele('p', { class: 'unit' });
			bilingual(p, q.unit, multilang);
		}
	});
}

/** The data table as HTML, numbers formatted per language, estimates marked in words. */
function tableHtml(f: XMLBuilder, q: TableQuestion): void {
	const estimate = phrase('quiz', 'table.estimate');
	const source = phrase('quiz', 'table.source');
	const table = f.ele('table');
	bilingual(table.ele('caption'), q.table.caption, multilang);
	const head = table.ele('thead').ele('tr');
	for (const column of q.table.columns)
		bilingual(head.ele('th', { scope: 'col' }), column, multilang);
	const body = table.ele('tbody');
	for (const row of q.table.rows) {
		const tr = body.ele('tr');
		bilingual(tr.ele('th', { scope: 'row' }), row.label, multilang);
		const value = (lang: 'hu' | 'en') =>
			formatNumber(row.value, lang) + (row.estimate ? ` (${estimate[lang]})` : '');
		bilingual(
			tr.ele('td', { 'data-value': String(row.value) }),
			{ hu: value('hu'), en: value('en') },
			multilang
		);
	}
	const sources = f.ele('p', { class: 'sources' });
	bilingual(sources, source, multilang);
	sources.txt(`: ${[...new Set(q.table.rows.map((r) => r.source))].join('; ')}`);
}

/** The explanation, then a link to the paragraph or chart that proves it, in each language. */
function feedbackHtml(q: Question, origin: string): string {
	const label = phrase(
		'quiz',
		q.evidence.kind === 'chart' ? 'evidence.chart' : 'evidence.explainer'
	);
	return html((f) => {
		bilingual(f.ele('p'), q.explanation, multilang);
		const p = f.ele('p');
		for (const lang of ['hu', 'en'] as const) {
			p.ele('span', multilang(lang))
				.ele('a', { href: `${origin}${evidenceHref(lang, q.evidence)}` })
				.txt(label[lang]);
		}
	});
}
