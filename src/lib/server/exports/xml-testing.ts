import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Text } from '$lib/quiz/types';

/** Elements that may repeat, always read as arrays so that the specs need no special cases. */
const repeated = new Set([
	'question',
	'answer',
	'subquestion',
	'span',
	'p',
	'tr',
	'th',
	'td',
	'resource',
	'file',
	'dependency',
	'qti-value',
	'qti-map-entry',
	'qti-simple-choice',
	'qti-simple-match-set',
	'qti-simple-associable-choice',
	'qti-assessment-item-ref',
	'qti-outcome-declaration',
	'qti-response-declaration'
]);

/** A parser independent of the builder, for reading the exports back in the specs. */
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	isArray: (name) => repeated.has(name)
});

export type Node = Record<string, unknown> & { '#text'?: string };

/** Parses well-formed XML, or throws with the validator's reason. */
export function parseXml(xml: string): Node {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new Error(`Not well-formed: ${JSON.stringify(valid.err)}`);
	return parser.parse(xml) as Node;
}

/** An HTML fragment (several roots) read the same way. */
export function parseFragment(html: string): Node {
	return parseXml(`<root>${html}</root>`).root as Node;
}

/** The text of both language spans under a node, by `lang` or `xml:lang`. */
export function spans(node: Node | undefined, attr = 'lang'): Text {
	const list = (node?.span ?? []) as Node[];
	const of = (lang: string) => {
		const span = list.find((s) => s[`@${attr}`] === lang);
		if (!span) throw new Error(`No ${lang} span in ${JSON.stringify(node)}`);
		return textOf(span);
	};
	return { hu: of('hu'), en: of('en') };
}

/** The text of a node that may be a bare string or an element with text. */
export function textOf(node: unknown): string {
	if (typeof node === 'string') return node;
	if (node && typeof node === 'object') return String((node as Node)['#text'] ?? '');
	return '';
}
