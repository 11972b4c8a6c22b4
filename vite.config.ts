import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { lessons } from './src/lib/server/lessons/vite-plugin.ts';

export default defineConfig({
	plugins: [
		lessons(
			fileURLToPath(new URL('./src/content/lessons', import.meta.url)),
			// A folder of further lessons, checked and listed beside the default one.
			process.env.LESSONS_DIR
		),
		sveltekit(),
		// The offline lesson (src/service-worker.ts): SvelteKit builds the worker, Workbox injects the
		// list of the build's files to precache. The web app manifest is a route of its own, per
		// language, and the page registers the worker itself (src/lib/pwa/register.ts).
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			manifest: false,
			injectRegister: false,
			injectManifest: {
				globPatterns: ['client/**/*.{js,css,svg,png,woff2}']
			}
		})
	],
	server: { fs: { allow: ['locales'] } },
	test: {
		// Playwright specs live in e2e/ and must not be picked up here.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts'],
		expect: { requireAssertions: true }
	}
});
