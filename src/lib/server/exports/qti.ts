import { strToU8, zipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import type { Option, Question, Quiz, Text } from '$lib/quiz/types';
import { formatNumber } from '$lib/i18n/format';
import { bilingual, commentText, type XMLBuilder } from './html';
import { noteLines, qtiNotes } from './notes';
import { phrase } from './words';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const QTI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';

/** Identifier prefixes: our option ids may start with a digit, QTI identifiers may not. */
export const prefix = { choice: 'C-', left: 'L-', right: 'R-', item: 'Q-' } as const;

/** A QTI identifier (an XML NCName) from one of ours; anything else is a bug in the bank. */
export function qtiId(pre: string, id: string): string {
	const out = `${pre}${id}`;
	if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(out)) throw new Error(`Not a QTI identifier: ${out}`);
	return out;
}

const lang = (l: string) => ({ 'xml:lang': l });

/** Both languages in one element, each in a span with its xml:lang, separated for the eye. */
function bi(parent: XMLBuilder, text: Text): void {
	parent.ele('span', lang('hu')).txt(text.hu).up().txt(' / ').ele('span', lang('en')).txt(text.en);
}

/** Every file of the package, by path: the manifest, one item per question, one test per quiz. */
export function qtiFiles(quizzes: readonly Quiz[]): Record<string, string> {
	const files: Record<string, string> = {};
	for (const quiz of quizzes) {
		for (const q of quiz.questions) files[`items/${q.id}.xml`] = itemXml(q);
		files[`tests/${quiz.id}.xml`] = testXml(quiz);
	}
	files['imsmanifest.xml'] = manifestXml(quizzes);
	return files;
}

/** The package as a zip, manifest first as some importers expect. */
export function qtiPackage(quizzes: readonly Quiz[]): Uint8Array {
	const files = qtiFiles(quizzes);
	const ordered = ['imsmanifest.xml', ...Object.keys(files).filter((p) => p !== 'imsmanifest.xml')];
	return zipSync(Object.fromEntries(ordered.map((p) => [p, strToU8(files[p])])), { level: 6 });
}

function manifestXml(quizzes: readonly Quiz[]): string {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(CP_NS, 'manifest', {
		'xmlns:xsi': XSI,
		'xsi:schemaLocation': `${CP_NS} ${CP_XSD}`,
		identifier: `M-shoigu-lesson-${quizzes.map((q) => q.id).join('-')}`
	});
	for (const line of [qtiNotes.intro, qtiNotes.carries, qtiNotes.drops].flatMap(noteLines))
		root.com(commentText(line));
	const meta = root.ele('metadata');
	meta.ele('schema').txt('QTI Package');
	meta.ele('schemaversion').txt('3.0.0');
	root.ele('organizations');
	const resources = root.ele('resources');
	for (const quiz of quizzes) {
		const test = resources.ele('resource', {
			identifier: qtiId('T-', quiz.id),
			type: 'imsqti_test_xmlv3p0',
			href: `tests/${quiz.id}.xml`
		});
		test.ele('file', { href: `tests/${quiz.id}.xml` });
		for (const q of quiz.questions)
			test.ele('dependency', { identifierref: qtiId(prefix.item, q.id) });
	}
	for (const quiz of quizzes) {
		for (const q of quiz.questions) {
			resources
				.ele('resource', {
					identifier: qtiId(prefix.item, q.id),
					type: 'imsqti_item_xmlv3p0',
					href: `items/${q.id}.xml`
				})
				.ele('file', { href: `items/${q.id}.xml` });
		}
	}
	return root.end({ prettyPrint: true });
}

function testXml(quiz: Quiz): string {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI_NS, 'qti-assessment-test', {
		'xmlns:xsi': XSI,
		'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
		identifier: qtiId('T-', quiz.id),
		title: `${quiz.title.hu} / ${quiz.title.en}`
	});
	root.ele('qti-outcome-declaration', {
		identifier: 'SCORE',
		cardinality: 'single',
		'base-type': 'float'
	});
	const part = root.ele('qti-test-part', {
		identifier: 'P-1',
		'navigation-mode': 'nonlinear',
		'submission-mode': 'simultaneous'
	});
	const section = part.ele('qti-assessment-section', {
		identifier: 'S-1',
		title: `${quiz.title.hu} / ${quiz.title.en}`,
		visible: 'true'
	});
	for (const q of quiz.questions) {
		section.ele('qti-assessment-item-ref', {
			identifier: qtiId(prefix.item, q.id),
			href: `../items/${q.id}.xml`
		});
	}
	root
		.ele('qti-outcome-processing')
		.ele('qti-set-outcome-value', { identifier: 'SCORE' })
		.ele('qti-sum')
		.ele('qti-test-variables', { 'variable-identifier': 'SCORE' });
	return root.end({ prettyPrint: true });
}

/** Cardinality and base type of the response, per question type. */
const declaration: Record<Question['type'], [string, string]> = {
	single: ['single', 'identifier'],
	table: ['single', 'identifier'],
	truefalse: ['single', 'identifier'],
	multi: ['multiple', 'identifier'],
	order: ['ordered', 'identifier'],
	match: ['multiple', 'directedPair'],
	numeric: ['single', 'float'],
	text: ['single', 'string']
};

/** The correct response as QTI values. */
function correctValues(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'table':
			return [qtiId(prefix.choice, q.key)];
		case 'truefalse':
			return [q.key ? 'TRUE' : 'FALSE'];
		case 'multi':
		case 'order':
			return q.key.map((id) => qtiId(prefix.choice, id));
		case 'match':
			return Object.entries(q.key).map(
				([l, r]) => `${qtiId(prefix.left, l)} ${qtiId(prefix.right, r)}`
			);
		case 'numeric':
			return [String(q.key.value)];
		case 'text':
			return [q.key.hu.variants[0]];
	}
}

function itemXml(q: Question): string {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI_NS, 'qti-assessment-item', {
		'xmlns:xsi': XSI,
		'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
		identifier: qtiId(prefix.item, q.id),
		title: q.id,
		adaptive: 'false',
		'time-dependent': 'false',
		'xml:lang': 'hu'
	});
	const [cardinality, baseType] = declaration[q.type];
	const response = root.ele('qti-response-declaration', {
		identifier: 'RESPONSE',
		cardinality,
		'base-type': baseType
	});
	const correct = response.ele('qti-correct-response');
	for (const value of correctValues(q)) correct.ele('qti-value').txt(value);
	mapping(response, q);
	root
		.ele('qti-outcome-declaration', {
			identifier: 'SCORE',
			cardinality: 'single',
			'base-type': 'float'
		})
		.ele('qti-default-value')
		.ele('qti-value')
		.txt('0');
	root
		.ele('qti-outcome-declaration', {
			identifier: 'MAXSCORE',
			cardinality: 'single',
			'base-type': 'float'
		})
		.ele('qti-default-value')
		.ele('qti-value')
		.txt('1');
	root.ele('qti-outcome-declaration', {
		identifier: 'FEEDBACK',
		cardinality: 'single',
		'base-type': 'identifier'
	});
	body(root.ele('qti-item-body'), q);
	processing(root.ele('qti-response-processing'), q);
	const feedback = root
		.ele('qti-modal-feedback', {
			'outcome-identifier': 'FEEDBACK',
			identifier: 'EXPLANATION',
			'show-hide': 'show',
			title: 'Magyarázat / Explanation'
		})
		.ele('qti-content-body');
	bilingual(feedback, q.explanation, lang, 'p');
	return root.end({ prettyPrint: true });
}

/** Partial credit as a mapping: multi and match like the lesson, typed answers by variant. */
function mapping(response: XMLBuilder, q: Question): void {
	if (q.type === 'multi') {
		const wrong = q.options.length - q.key.length || 1;
		const map = response.ele('qti-mapping', {
			'default-value': '0',
			'lower-bound': '0',
			'upper-bound': '1'
		});
		for (const o of q.options) {
			const value = q.key.includes(o.id) ? 1 / q.key.length : -1 / wrong;
			map.ele('qti-map-entry', {
				'map-key': qtiId(prefix.choice, o.id),
				'mapped-value': String(Math.round(value * 1e6) / 1e6)
			});
		}
	} else if (q.type === 'match') {
		const pairs = Object.entries(q.key);
		const map = response.ele('qti-mapping', {
			'default-value': '0',
			'lower-bound': '0',
			'upper-bound': '1'
		});
		for (const [l, r] of pairs) {
			map.ele('qti-map-entry', {
				'map-key': `${qtiId(prefix.left, l)} ${qtiId(prefix.right, r)}`,
				'mapped-value': String(Math.round((1 / pairs.length) * 1e6) / 1e6)
			});
		}
	} else if (q.type === 'text') {
		const map = response.ele('qti-mapping', {
			'default-value': '0',
			'lower-bound': '0',
			'upper-bound': '1'
		});
		for (const variant of new Set([...q.key.hu.variants, ...q.key.en.variants])) {
			map.ele('qti-map-entry', {
				'map-key': variant,
				'mapped-value': '1',
				'case-sensitive': 'false'
			});
		}
	}
}

function choice(parent: XMLBuilder, id: string, text: Text, attrs: Record<string, string> = {}) {
	bi(parent.ele('qti-simple-choice', { identifier: id, ...attrs }), text);
}

function body(el: XMLBuilder, q: Question): void {
	for (const l of ['hu', 'en'] as const) el.ele('p', lang(l)).txt(q.prompt[l]);
	const r = { 'response-identifier': 'RESPONSE' };
	switch (q.type) {
		case 'table':
			dataTable(el, q);
		// falls through: a table question is a single choice under its table
		case 'single': {
			const ci = el.ele('qti-choice-interaction', { ...r, shuffle: 'true', 'max-choices': '1' });
			for (const o of q.options) choice(ci, qtiId(prefix.choice, o.id), o.text);
			break;
		}
		case 'multi': {
			const ci = el.ele('qti-choice-interaction', { ...r, shuffle: 'true', 'max-choices': '0' });
			for (const o of q.options) choice(ci, qtiId(prefix.choice, o.id), o.text);
			break;
		}
		case 'truefalse': {
			const ci = el.ele('qti-choice-interaction', { ...r, shuffle: 'false', 'max-choices': '1' });
			choice(ci, 'TRUE', phrase('quiz', 'question.true'));
			choice(ci, 'FALSE', phrase('quiz', 'question.false'));
			break;
		}
		case 'order': {
			const oi = el.ele('qti-order-interaction', { ...r, shuffle: 'true' });
			for (const o of q.items) choice(oi, qtiId(prefix.choice, o.id), o.text);
			break;
		}
		case 'match': {
			const mi = el.ele('qti-match-interaction', {
				...r,
				shuffle: 'true',
				'max-associations': String(q.left.length)
			});
			const set = (options: Option[], pre: string, matchMax: string) => {
				const s = mi.ele('qti-simple-match-set');
				for (const o of options) {
					bi(
						s.ele('qti-simple-associable-choice', {
							identifier: qtiId(pre, o.id),
							'match-max': matchMax
						}),
						o.text
					);
				}
			};
			set(q.left, prefix.left, '1');
			set(q.right, prefix.right, String(q.left.length));
			break;
		}
		case 'numeric':
		case 'text': {
			const p = el.ele('p');
			p.ele('qti-text-entry-interaction', {
				...r,
				'expected-length': q.type === 'numeric' ? '8' : '30'
			});
			if (q.type === 'numeric' && q.unit) {
				p.txt(' ');
				bi(p.ele('span'), q.unit);
			}
			break;
		}
	}
}

function dataTable(el: XMLBuilder, q: Extract<Question, { type: 'table' }>): void {
	const estimate = phrase('quiz', 'table.estimate');
	const table = el.ele('table');
	bi(table.ele('caption'), q.table.caption);
	const head = table.ele('thead').ele('tr');
	for (const column of q.table.columns) bi(head.ele('th', { scope: 'col' }), column);
	const tbody = table.ele('tbody');
	for (const row of q.table.rows) {
		const tr = tbody.ele('tr');
		bi(tr.ele('th', { scope: 'row' }), row.label);
		const value = (l: 'hu' | 'en') =>
			formatNumber(row.value, l) + (row.estimate ? ` (${estimate[l]})` : '');
		bi(tr.ele('td', { 'data-value': String(row.value) }), { hu: value('hu'), en: value('en') });
	}
	const source = phrase('quiz', 'table.source');
	bi(el.ele('p'), {
		hu: `${source.hu}: ${[...new Set(q.table.rows.map((row) => row.source))].join('; ')}`,
		en: `${source.en}: ${[...new Set(q.table.rows.map((row) => row.source))].join('; ')}`
	});
}

/** Sets SCORE from the response, then FEEDBACK so that the explanation shows after any answer. */
function processing(rp: XMLBuilder, q: Question): void {
	const setScore = (parent: XMLBuilder, value: string) =>
		parent
			.ele('qti-set-outcome-value', { identifier: 'SCORE' })
			.ele('qti-base-value', { 'base-type': 'float' })
			.txt(value);
	if (q.type === 'multi' || q.type === 'match' || q.type === 'text') {
		rp.ele('qti-set-outcome-value', { identifier: 'SCORE' }).ele('qti-map-response', {
			identifier: 'RESPONSE'
		});
	} else {
		const cond = rp.ele('qti-response-condition');
		const ifEl = cond.ele('qti-response-if');
		if (q.type === 'numeric') {
			const t = String(q.key.tolerance);
			const eq = ifEl.ele('qti-equal', { 'tolerance-mode': 'absolute', tolerance: `${t} ${t}` });
			eq.ele('qti-variable', { identifier: 'RESPONSE' });
			eq.ele('qti-correct', { identifier: 'RESPONSE' });
		} else {
			const match = ifEl.ele('qti-match');
			match.ele('qti-variable', { identifier: 'RESPONSE' });
			match.ele('qti-correct', { identifier: 'RESPONSE' });
		}
		setScore(ifEl, '1');
		setScore(cond.ele('qti-response-else'), '0');
	}
	rp.ele('qti-set-outcome-value', { identifier: 'FEEDBACK' })
		.ele('qti-base-value', { 'base-type': 'identifier' })
		.txt('EXPLANATION');
}
