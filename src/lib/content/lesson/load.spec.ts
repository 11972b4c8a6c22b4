import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'yaml';
import { lessonFolders, readLessonFiles } from '../../server/lessons/read';
import { lessons } from '../../server/lessons/vite-plugin';
import { main } from './cli';
import { formatError } from './issues';
import { reservedSlugs } from './load';
import { sharedRefs } from './refs';
import { validateLesson } from './validate';

const real = 'src/content/lessons/shoigu-pyongyang-2024';
const temp = mkdtempSync(join(tmpdir(), 'lessons-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let copies = 0;
/** A copy of the real lesson under a new slug, with `edit` applied to its files. */
function copy(
	edit: (
		file: (path: string, change: (doc: ReturnType<typeof parseDocument>) => void) => void
	) => void
) {
	const slug = `copy-${++copies}`;
	const folder = join(temp, slug);
	cpSync(real, folder, { recursive: true });
	edit((path, change) => {
		const doc = parseDocument(readFileSync(join(folder, path), 'utf8'));
		change(doc);
		writeFileSync(join(folder, path), doc.toString({ lineWidth: 0 }));
	});
	return { slug, folder };
}

/** The problems the loader and the checks report for a folder, as an editor reads them. */
function problems(slug: string, folder: string): string[] {
	return validateLesson(slug, readLessonFiles(folder), sharedRefs()).errors.map(formatError);
}

describe('the lesson folder', () => {
	// The first load also warms up the YAML parser, so it runs once here rather than in a test.
	let realLesson: ReturnType<typeof validateLesson>;
	beforeAll(() => {
		realLesson = validateLesson('shoigu-pyongyang-2024', readLessonFiles(real), sharedRefs());
	});

	it('loads the real lesson with no problem', () => {
		expect(realLesson.errors.map(formatError)).toEqual([]);
		expect(realLesson.lesson?.quizzes.map((q) => q.id)).toEqual([
			'article',
			'context',
			'data',
			'words'
		]);
	});

	it('refuses a folder named like one of the app’s pages, which would hide it', () => {
		const pages = readdirSync('src/routes/[lang=lang]').filter((n) => !/^[+[]/.test(n));
		expect([...reservedSlugs].sort()).toEqual(pages.sort());
		expect(problems('timeline', real)).toEqual([
			'(folder): name: is the address of one of the app’s pages (/hu/timeline): choose another folder name'
		]);
		expect(problems('Új lecke', real)[0]).toMatch(/^\(folder\): name: should be lower-case/);
	});

	it('names the file and the field of a Hungarian string that is missing', () => {
		const { slug, folder } = copy((file) =>
			file('quizzes/article.yaml', (doc) =>
				doc.deleteIn(['questions', 0, 'options', 1, 'text', 'hu'])
			)
		);
		expect(problems(slug, folder)).toEqual([
			"quizzes/article.yaml: question 'article-who-met' option 'putin' text.hu: has no Hungarian text"
		]);
	});

	it('treats a blank string as missing', () => {
		const { slug, folder } = copy((file) =>
			file('glossary.yaml', (doc) => doc.setIn(['terms', 0, 'definition', 'en'], '  '))
		);
		expect(problems(slug, folder)).toEqual([
			"glossary.yaml: term 'defence-minister' definition.en: has no English text"
		]);
	});

	it('reports a fact reference that the fact sheet does not have', () => {
		const { slug, folder } = copy((file) => {
			file('people.yaml', (doc) => doc.setIn(['people', 0, 'roles', 0, 'fact'], 'bg-no-such-fact'));
			file('timeline.yaml', (doc) => doc.setIn(['events', 1, 'related'], ['ev-no-such-event']));
		});
		expect(problems(slug, folder)).toEqual([
			"people.yaml: person 'shoigu' role 1 fact: refers to fact 'bg-no-such-fact', which is not in the fact sheet",
			"timeline.yaml: event 'ev-2022-03-02-unga-vote' related: refers to fact 'ev-no-such-event', which is not in the fact sheet"
		]);
	});

	it('reports an unknown fact in a marker, and markers that differ between the languages', () => {
		const { slug, folder } = copy((file) =>
			file('explainer.yaml', (doc) => {
				const path = ['sections', 0, 'paragraphs', 1, 'text', 'hu'];
				const text = String(doc.getIn(path));
				doc.setIn(
					path,
					text.replace('[[s:ev-2024-09-13-shoigu-pyongyang]]', '[[s:ev-2099-01-01-nothing]]')
				);
			})
		);
		expect(problems(slug, folder)).toEqual([
			"explainer.yaml: section 'meeting' paragraph 'meeting-talks' text.hu: refers to fact 'ev-2099-01-01-nothing', which is not in the fact sheet",
			"explainer.yaml: section 'meeting' paragraph 'meeting-talks' text: cites different facts in Hungarian and English"
		]);
	});

	it('reports a key that is not among its options', () => {
		const { slug, folder } = copy((file) => {
			file('quizzes/article.yaml', (doc) => doc.setIn(['questions', 0, 'key'], 'nobody'));
			file('quizzes/data.yaml', (doc) => doc.setIn(['questions', 0, 'table'], 'no-table'));
		});
		expect(problems(slug, folder)).toEqual([
			"quizzes/article.yaml: question 'article-who-met' key: 'nobody' is not among the options (kim-jong-un, putin, choe, kim-jong-il)",
			"quizzes/data.yaml: question 'data-shells-september' table: refers to table 'no-table', which is not under tables in this file"
		]);
	});

	it('reports an evidence anchor that the explainer does not have', () => {
		const { slug, folder } = copy((file) =>
			file('quizzes/words.yaml', (doc) =>
				doc.setIn(['questions', 0, 'evidence', 'anchor'], 'meeting-nowhere')
			)
		);
		const [error] = problems(slug, folder);
		expect(error).toMatch(
			/^quizzes\/words\.yaml: question '[a-z-]+' evidence\.anchor: refers to 'meeting-nowhere', which is not a section or paragraph of explainer\.yaml$/
		);
	});

	it('reports a mistyped field, a wrong value and broken YAML with the line', () => {
		const { slug, folder } = copy((file) => {
			file('people.yaml', (doc) => doc.setIn(['people', 1, 'nmae'], 'x'));
			file('quizzes/context.yaml', (doc) => doc.setIn(['questions', 0, 'difficulty'], 5));
		});
		writeFileSync(join(folder, 'glossary.yaml'), 'terms:\n  - id: a\n    term: [unclosed\n');
		expect(problems(slug, folder)).toEqual([
			expect.stringMatching(/^glossary\.yaml: line \d+: is not valid YAML: /),
			"people.yaml: person 'kim-jong-un' nmae: is not a field here (a typo, or in the wrong place?)",
			expect.stringMatching(
				/^quizzes\/context\.yaml: question '[a-z-]+' difficulty: should be 1, 2 or 3$/
			)
		]);
	});

	it('requires lesson.yaml and the files it lists', () => {
		const { slug, folder } = copy(() => {});
		rmSync(join(folder, 'quizzes', 'words.yaml'));
		writeFileSync(join(folder, 'notes.yaml'), 'a: 1\n');
		expect(problems(slug, folder)).toEqual([
			expect.stringMatching(/^notes\.yaml: \(whole file\): is not a lesson file/),
			"lesson.yaml: quiz 'words': has no file quizzes/words.yaml"
		]);
		rmSync(join(folder, 'lesson.yaml'));
		expect(problems(slug, folder)).toContain('lesson.yaml: (whole file): is missing');
	});
});

describe('npm run lesson:check', () => {
	it('checks a lesson in LESSONS_DIR by slug, prints file: field: problem and fails', () => {
		const { slug } = copy((file) =>
			file('quizzes/article.yaml', (doc) =>
				doc.deleteIn(['questions', 0, 'options', 1, 'text', 'hu'])
			)
		);
		const printed: string[] = [];
		const spy = vi
			.spyOn(console, 'error')
			.mockImplementation((line: string) => void printed.push(line));
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		try {
			expect(main([slug], { LESSONS_DIR: temp })).toBe(1);
			expect(main(['shoigu-pyongyang-2024'], { LESSONS_DIR: temp })).toBe(0);
			expect(main(['no-such-lesson'], {})).toBe(2);
		} finally {
			spy.mockRestore();
			log.mockRestore();
		}
		expect(printed.slice(0, 2)).toEqual([
			`${slug}/quizzes/article.yaml: question 'article-who-met' option 'putin' text.hu: has no Hungarian text`,
			`${slug}: 1 problem`
		]);
	});
});

describe('the lessons Vite plugin', () => {
	it('fails the build when a lesson folder is malformed, naming the file and field', () => {
		const dir = mkdtempSync(join(temp, 'plugin-'));
		cpSync(real, join(dir, 'broken'), { recursive: true });
		const doc = parseDocument(readFileSync(join(dir, 'broken', 'people.yaml'), 'utf8'));
		doc.deleteIn(['people', 0, 'name', 'hu']);
		writeFileSync(join(dir, 'broken', 'people.yaml'), doc.toString());
		expect([...lessonFolders(dir).keys()]).toEqual(['broken']);

		const plugin = lessons(dir);
		const context = {
			error: (message: string) => {
				throw new Error(message);
			}
		};
		const buildStart = plugin.buildStart as (this: typeof context) => void;
		expect(() => buildStart.call(context)).toThrow(
			"broken/people.yaml: person 'shoigu' name.hu: has no Hungarian text"
		);
	});

	it('turns a lesson file into its checked content as plain data', () => {
		const plugin = lessons('src/content/lessons');
		const load = plugin.load as (
			this: { addWatchFile(f: string): void },
			id: string
		) => { code: string };
		const { code } = load.call({ addWatchFile() {} }, join(process.cwd(), real, 'glossary.yaml'));
		expect(code).toMatch(/^const f0 = \[\{"id":"defence-minister"/);
		expect(code).toContain('export { f0 as terms };');
	});
});
