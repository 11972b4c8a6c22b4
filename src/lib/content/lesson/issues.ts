import type * as v from 'valibot';

/** One problem in a lesson folder, in words an editor can act on. */
export interface LessonError {
	/** The file inside the lesson folder, e.g. `quizzes/data.yaml`. */
	file: string;
	/** Where in the file, e.g. `question 'shells-who' option 'b' text.hu`. */
	field: string;
	/** What is wrong, e.g. `has no Hungarian text`. */
	problem: string;
}

/** `quizzes/data.yaml: question 'shells-who' option 'b' text.hu: has no Hungarian text` */
export const formatError = (e: LessonError): string => `${e.file}: ${e.field}: ${e.problem}`;

const irregular: Record<string, string> = {
	people: 'person',
	categories: 'category',
	quizzes: 'quiz',
	related: 'related fact',
	left: 'left item',
	right: 'right item',
	key: 'key',
	series: 'series'
};

/** `questions` -> `question`: how one item of a list is named in a message. */
export function singular(name: string): string {
	return irregular[name] ?? (name.endsWith('s') ? name.slice(0, -1) : name);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that hold things by name (`tables: { shells: … }`), each named like a list item. */
const namedGroups = new Set(['tables']);

type PathItem = NonNullable<v.BaseIssue<unknown>['path']>[number];

/**
 * A readable field for a schema issue's path: list items with an id are named by it
 * (`question 'shells-who' option 'b' text.hu`), others by their place (`role 2 fact`).
 */
export function fieldOf(path: readonly PathItem[] | undefined): string {
	const parts: string[] = [];
	let keys: string[] = [];
	const flush = () => {
		if (keys.length) parts.push(keys.join('.'));
		keys = [];
	};
	for (const item of path ?? []) {
		const parent = keys.at(-1);
		if (item.type === 'array' || (parent && namedGroups.has(parent))) {
			const name = singular(keys.pop() ?? 'item');
			flush();
			// Series are named by their key (`series 'rok'`), everything else by its id.
			const id = isRecord(item.value)
				? name === 'series'
					? item.value.key
					: item.value.id
				: undefined;
			if (item.type !== 'array') parts.push(`${name} '${String(item.key)}'`);
			else
				parts.push(typeof id === 'string' ? `${name} '${id}'` : `${name} ${Number(item.key) + 1}`);
		} else keys.push(String(item.key));
	}
	flush();
	return parts.length ? parts.join(' ') : '(whole file)';
}

/** The problem a schema issue describes, in an editor's words. */
export function problemOf(issue: v.BaseIssue<unknown>): string {
	if (issue.type === 'strict_object' || issue.type === 'object') {
		if (issue.expected === 'never') return 'is not a field here (a typo, or in the wrong place?)';
		if (issue.received === 'undefined' && issue.expected?.startsWith('"')) return 'is missing';
		if (issue.received !== 'Object') return `should be a group of fields, not ${issue.received}`;
	}
	return issue.message;
}

/** Every schema issue of one file as lesson errors. */
export function errorsOf(file: string, issues: readonly v.BaseIssue<unknown>[]): LessonError[] {
	return issues.map((issue) => ({ file, field: fieldOf(issue.path), problem: problemOf(issue) }));
}
