import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatError } from '../../content/lesson/issues.ts';
import type { Lesson } from '../../content/lesson/load.ts';
import { sharedRefs } from '../../content/lesson/refs.ts';
import { validateLesson } from '../../content/lesson/validate.ts';
import { content } from './content.ts';
import { lessonFolders, readLessonFiles, slugConstants } from './read.ts';

/*
 * Lesson folders in the build. Every lesson under `dir` is validated when the build, the dev server
 * or the unit tests start, so that a malformed lesson fails there with every problem listed, and
 * never reaches a reader. An `import x from '$lessons/<slug>/glossary.yaml'` becomes that file's
 * checked content as plain data: no YAML parser and no schema go to the browser.
 */
export function lessons(dir: string, extraDir?: string): Plugin {
	const root = resolve(dir);
	const cache = new Map<string, Lesson>();

	/** Every lesson folder by slug: the default folder, then `extraDir` (LESSONS_DIR) if given. */
	const folders = () =>
		new Map([...lessonFolders(root), ...(extraDir ? lessonFolders(resolve(extraDir)) : [])]);

	const load = (slug: string, folder = resolve(root, slug)): Lesson => {
		const cached = cache.get(slug);
		if (cached) return cached;
		const result = validateLesson(slug, readLessonFiles(folder), sharedRefs());
		if (!result.lesson)
			throw new Error(
				`The lesson ${relative(process.cwd(), folder)} has problems:\n` +
					result.errors.map((e) => `  ${slug}/${formatError(e)}`).join('\n')
			);
		cache.set(slug, result.lesson);
		return result.lesson;
	};

	/** The slug and path inside it of a file in a lesson folder, or undefined. */
	const locate = (id: string) => {
		const rel = relative(root, id);
		if (rel.startsWith('..') || rel === '') return undefined;
		const [slug, ...rest] = rel.split(sep);
		return rest.length ? { slug, path: rest.join('/') } : undefined;
	};

	return {
		name: 'lessons',
		enforce: 'pre',
		// The slugs as constants (src/lessons.d.ts), for the browser and the service worker too, whose
		// build (SvelteKit's own) takes the app's `define` but none of its plugins.
		config: () => ({
			define: Object.fromEntries(
				Object.entries(slugConstants(root, extraDir && resolve(extraDir))).map(([k, v]) => [
					k,
					JSON.stringify(v)
				])
			)
		}),
		buildStart() {
			cache.clear();
			const problems: string[] = [];
			for (const [slug, folder] of folders())
				try {
					load(slug, folder);
				} catch (e) {
					problems.push((e as Error).message);
				}
			if (problems.length) this.error(problems.join('\n'));
		},
		resolveId(id) {
			if (id === contentId) return resolvedContentId;
		},
		load(id) {
			if (id === resolvedContentId)
				return asModule({
					lessons: [...folders()].map(([slug, folder]) => content(load(slug, folder)))
				});
			if (id.includes('?') || !/\.ya?ml$/.test(id)) return;
			const where = locate(id);
			if (!where) return;
			const lesson = load(where.slug);
			this.addWatchFile(resolve(root, where.slug, 'lesson.yaml'));
			if (!(where.path in lesson.files)) this.error(`${id}: not a lesson file`);
			return { code: asModule(lesson.files[where.path]), map: null };
		},
		watchChange(id) {
			const where = locate(id);
			if (where) cache.delete(where.slug);
		},
		hotUpdate({ file }) {
			const where = locate(file);
			if (where) cache.delete(where.slug);
		}
	};
}

/** The virtual module with every lesson's whole content, for the server (src/lib/server/lessons). */
const contentId = 'virtual:lesson-content';
const resolvedContentId = '\0' + contentId;

/**
 * A file's content as an ES module: its top-level fields as named exports too, so that code taking
 * one field (`import * as meta from '…/lesson.yaml'`, then `meta.article`) bundles only that field.
 */
export function asModule(data: unknown): string {
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return `export default ${JSON.stringify(data)};`;
	const keys = Object.keys(data).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
	const fields = data as Record<string, unknown>;
	return [
		...keys.map((k, i) => `const f${i} = ${JSON.stringify(fields[k])};`),
		`export { ${keys.map((k, i) => `f${i} as ${k}`).join(', ')} };`,
		`export default { ${keys.map((k, i) => `${JSON.stringify(k)}: f${i}`).join(', ')} };`
	].join('\n');
}
