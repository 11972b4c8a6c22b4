import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { lessons } from './src/lib/server/lessons/vite-plugin.ts';

export default defineConfig({
	plugins: [lessons(fileURLToPath(new URL('./src/content/lessons', import.meta.url))), sveltekit()],
	server: { fs: { allow: ['locales'] } },
	test: {
		// Playwright specs live in e2e/ and must not be picked up here.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		expect: { requireAssertions: true }
	}
});
