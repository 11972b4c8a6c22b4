import * as v from 'valibot';
import { LineCounter, parseDocument } from 'yaml';
import { errorsOf, type LessonError } from './issues.ts';
import {
	ChartsFileSchema,
	ExplainerFileSchema,
	PlacesFileSchema,
	GlossaryFileSchema,
	LessonMetaSchema,
	PeopleFileSchema,
	PlansFileSchema,
	QuizFileSchema,
	TimelineFileSchema,
	type ChartsFile,
	type ExplainerFile,
	type GlossaryFile,
	type LessonMeta,
	type PlacesFile,
	type PeopleFile,
	type PlansFile,
	type QuizFile,
	type TimelineFile
} from './schema.ts';

/*
 * Loads one lesson folder from its files' text: parses the YAML, checks every file against its
 * schema and the quizzes against lesson.yaml. Pure (no file system), so that the same code runs in
 * the Vite plugin at build time, in `npm run lesson:check`, in specs, and on the server for a
 * folder given at run time (`LESSONS_DIR`, next phase). Relative imports only (see schema.ts).
 */

/** A lesson folder's files: path inside the folder (`quizzes/data.yaml`) -> the file's text. */
export type LessonFiles = Readonly<Record<string, string>>;

export interface Lesson {
	/** The folder's name, used in addresses. */
	slug: string;
	meta: LessonMeta;
	glossary: GlossaryFile;
	people: PeopleFile;
	explainer: ExplainerFile;
	timeline: TimelineFile;
	/** The timeline's charts, in reading order. */
	charts: ChartsFile;
	/** The story map's places. */
	places: PlacesFile;
	/** The teacher's guide's lesson plans. */
	plans: PlansFile;
	/** The quizzes in lesson.yaml's order. */
	quizzes: QuizFile[];
	/** Each file's checked content by path, as the Vite plugin hands it to the app. */
	files: Record<string, unknown>;
}

export type LoadResult =
	{ lesson: Lesson; errors: [] } | { lesson: undefined; errors: LessonError[] };

/** The files a lesson folder may hold; `required` ones must be there. */
const fileKinds: { pattern: RegExp; schema: v.GenericSchema; required?: string }[] = [
	{ pattern: /^lesson\.yaml$/, schema: LessonMetaSchema, required: 'lesson.yaml' },
	{ pattern: /^explainer\.yaml$/, schema: ExplainerFileSchema, required: 'explainer.yaml' },
	{ pattern: /^glossary\.yaml$/, schema: GlossaryFileSchema },
	{ pattern: /^people\.yaml$/, schema: PeopleFileSchema },
	{ pattern: /^timeline\.yaml$/, schema: TimelineFileSchema },
	{ pattern: /^charts\.yaml$/, schema: ChartsFileSchema },
	{ pattern: /^places\.yaml$/, schema: PlacesFileSchema },
	{ pattern: /^guide\/plans\.yaml$/, schema: PlansFileSchema },
	{ pattern: /^quizzes\/[a-z0-9][a-z0-9-]*\.yaml$/, schema: QuizFileSchema }
];

const empty = {
	'glossary.yaml': { terms: [] },
	'people.yaml': { people: [] },
	'timeline.yaml': { events: [] },
	'charts.yaml': { charts: [] },
	'places.yaml': { places: [] },
	'guide/plans.yaml': { plans: [] }
} as const;

/** Is this a file the loader reads (YAML), rather than notes or pictures beside it? */
export const isLessonFile = (path: string): boolean => /\.ya?ml$/.test(path);

/** Parses one YAML file; syntax errors name the line. */
export function parseYaml(file: string, text: string): { data?: unknown; errors: LessonError[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
	if (doc.errors.length)
		return {
			errors: doc.errors.map((e) => ({
				file,
				field: `line ${lineCounter.linePos(e.pos[0]).line}`,
				problem: `is not valid YAML: ${e.message.split('\n')[0]}`
			}))
		};
	return { data: doc.toJS(), errors: [] };
}

/**
 * The app's own pages beside the lessons under `/{lang}/`: a lesson folder of one of these names
 * would be hidden behind the page (a spec compares the list with the routes).
 */
export const reservedSlugs = [
	'accessibility',
	'attempt',
	'explainer',
	'glossary',
	'join',
	'lessons',
	'manifest.webmanifest',
	'map.svg',
	'quizzes',
	'refused',
	'teacher',
	'timeline'
];

/** What is wrong with a folder's name as a lesson's slug in addresses, if anything. */
function slugProblem(slug: string): string | undefined {
	if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
		return 'should be lower-case letters, digits and hyphens (it is the lesson’s address)';
	if (reservedSlugs.includes(slug))
		return `is the address of one of the app’s pages (/hu/${slug}): choose another folder name`;
}

/** Loads and checks a lesson folder's files. Every problem is reported, not only the first. */
export function loadLesson(slug: string, files: LessonFiles): LoadResult {
	const errors: LessonError[] = [];
	const badSlug = slugProblem(slug);
	if (badSlug) errors.push({ file: '(folder)', field: 'name', problem: badSlug });
	const checked: Record<string, unknown> = {};
	for (const [path, text] of Object.entries(files)) {
		if (!isLessonFile(path)) continue;
		const kind = fileKinds.find((k) => k.pattern.test(path));
		if (!kind) {
			errors.push({
				file: path,
				field: '(whole file)',
				problem:
					'is not a lesson file (expected lesson.yaml, explainer.yaml, glossary.yaml, people.yaml, timeline.yaml, charts.yaml, places.yaml, guide/plans.yaml or quizzes/<id>.yaml)'
			});
			continue;
		}
		const parsed = parseYaml(path, text);
		if (parsed.errors.length) {
			errors.push(...parsed.errors);
			continue;
		}
		const result = v.safeParse(kind.schema, parsed.data ?? {});
		if (result.success) checked[path] = result.output;
		else errors.push(...errorsOf(path, result.issues));
	}
	for (const kind of fileKinds)
		if (kind.required && !(kind.required in files))
			errors.push({ file: kind.required, field: '(whole file)', problem: 'is missing' });

	const meta = checked['lesson.yaml'] as LessonMeta | undefined;
	const quizFiles = Object.keys(files).filter((p) => p.startsWith('quizzes/') && isLessonFile(p));
	if (meta) {
		for (const id of meta.quizzes)
			if (!quizFiles.includes(`quizzes/${id}.yaml`))
				errors.push({
					file: 'lesson.yaml',
					field: `quiz '${id}'`,
					problem: `has no file quizzes/${id}.yaml`
				});
		for (const path of quizFiles) {
			const id = path.slice('quizzes/'.length).replace(/\.ya?ml$/, '');
			if (!meta.quizzes.includes(id))
				errors.push({
					file: path,
					field: '(whole file)',
					problem: `is not listed under quizzes in lesson.yaml`
				});
			const quiz = checked[path] as QuizFile | undefined;
			if (quiz && quiz.id !== id)
				errors.push({ file: path, field: 'id', problem: `should be '${id}', the file's name` });
		}
	}
	if (errors.length || !meta) return { lesson: undefined, errors };

	const file = <K extends keyof typeof empty>(path: K) =>
		(checked[path] ?? structuredClone(empty[path])) as unknown;
	return {
		lesson: {
			slug,
			meta,
			explainer: checked['explainer.yaml'] as ExplainerFile,
			glossary: file('glossary.yaml') as GlossaryFile,
			people: file('people.yaml') as PeopleFile,
			timeline: file('timeline.yaml') as TimelineFile,
			charts: file('charts.yaml') as ChartsFile,
			places: file('places.yaml') as PlacesFile,
			plans: file('guide/plans.yaml') as PlansFile,
			quizzes: meta.quizzes.map((id) => checked[`quizzes/${id}.yaml`] as QuizFile),
			files: checked
		},
		errors: []
	};
}
