import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { lessons } from './vite-plugin';

const temp = mkdtempSync(join(tmpdir(), 'lessons-dir-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Hook = (id: string) => unknown;

it('lists the default lesson and every lesson in LESSONS_DIR', () => {
	expect.assertions(2);
	cpSync('src/content/lessons/shoigu-pyongyang-2024', join(temp, 'second-lesson'), {
		recursive: true
	});
	const plugin = lessons('src/content/lessons', temp);
	const id = (plugin.resolveId as unknown as Hook)('virtual:lesson-content') as string;
	const code = (plugin.load as unknown as Hook).call({ addWatchFile() {} }, id) as string;
	expect(code).toContain('"slug":"shoigu-pyongyang-2024"');
	expect(code).toContain('"slug":"second-lesson"');
});
