import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LessonFiles } from '../../content/lesson/load.ts';

/*
 * Reads lesson folders from disk: at build time (the Vite plugin), in `npm run lesson:check`, and
 * later on the server for an extra folder of lessons named by `LESSONS_DIR`.
 * Relative imports only (see content/lesson/schema.ts).
 */

/** The lesson folders under a directory: each sub-folder holding a lesson.yaml, by slug. */
export function lessonFolders(dir: string): Map<string, string> {
	const found = new Map<string, string>();
	if (!existsSync(dir)) return found;
	for (const name of readdirSync(dir).sort()) {
		const folder = join(dir, name);
		if (statSync(folder).isDirectory() && existsSync(join(folder, 'lesson.yaml')))
			found.set(name, folder);
	}
	return found;
}

/** Every file of one lesson folder, by its path inside the folder (`quizzes/data.yaml`). */
export function readLessonFiles(folder: string): LessonFiles {
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(folder, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(folder);
	return files;
}

/**
 * The build's lesson slugs as the constants the app reads (src/lessons.d.ts): every lesson, and the
 * default one, the first of the build's own folder, where it has always been.
 */
export function slugConstants(dir: string, extraDir?: string) {
	const own = [...lessonFolders(dir).keys()];
	const extra = extraDir ? [...lessonFolders(extraDir).keys()] : [];
	return { __LESSON_SLUGS__: [...new Set([...own, ...extra])], __DEFAULT_LESSON__: own[0] };
}
