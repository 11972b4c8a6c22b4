import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['locales'] } },
	test: {
		// Playwright specs live in e2e/ and must not be picked up here.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		expect: { requireAssertions: true }
	}
});
