import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file under `dir`. */
function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** Server-only by SvelteKit's rules: it refuses to bundle these for the browser. */
const serverOnly = (path: string) =>
	path.includes('/lib/server/') ||
	/\.server\.ts$/.test(path) ||
	/\+(page|layout)\.server\.ts$/.test(path) ||
	/\+server\.ts$/.test(path) ||
	path.endsWith('.spec.ts') ||
	path.includes('/lib/content/questions/');

describe('the question bank', () => {
	it('is imported by server-only code alone', () => {
		const offenders = files('src')
			.filter((path) => /\.(ts|svelte)$/.test(path) && !serverOnly(path))
			.filter((path) => /content\/questions/.test(readFileSync(path, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
