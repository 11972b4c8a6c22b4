import { resolve } from 'node:path';
import { lessonFolders, readLessonFiles } from '../../server/lessons/read.ts';
import { formatError } from './issues.ts';
import { sharedRefs } from './refs.ts';
import { validateLesson } from './validate.ts';

/**
 * `npm run lesson:check [slug]`: validates every lesson folder (or the one named) and prints each
 * problem as `slug/file: field: problem`. Returns the exit code: 0 when every lesson is sound.
 * `LESSONS_DIR` adds a folder of lessons to check beside src/content/lessons.
 */
export function main(args: readonly string[], env: Record<string, string | undefined>): number {
	const dirs = [
		resolve('src/content/lessons'),
		...(env.LESSONS_DIR ? [resolve(env.LESSONS_DIR)] : [])
	];
	const folders = new Map<string, string>();
	for (const dir of dirs)
		for (const [slug, folder] of lessonFolders(dir)) folders.set(slug, folder);
	const wanted = args.filter((a) => !a.startsWith('-'));
	for (const slug of wanted)
		if (!folders.has(slug)) {
			console.error(`${slug}: no such lesson (lessons: ${[...folders.keys()].join(', ')})`);
			return 2;
		}
	const refs = sharedRefs();
	let failed = 0;
	for (const [slug, folder] of folders) {
		if (wanted.length && !wanted.includes(slug)) continue;
		const { errors } = validateLesson(slug, readLessonFiles(folder), refs);
		if (errors.length) {
			failed++;
			for (const e of errors) console.error(`${slug}/${formatError(e)}`);
			console.error(`${slug}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`);
		} else console.log(`${slug}: ok`);
	}
	return failed ? 1 : 0;
}
