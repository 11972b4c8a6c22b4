import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		alias: { $locales: 'locales', $lessons: 'src/content/lessons' },
		// The cross-site form check lives in hooks.server.ts (src/lib/server/csrf.ts), which keeps it
		// for every route but the LTI launch that a learning platform posts from its own origin.
		csrf: { trustedOrigins: ['*'] },
		// The page registers the offline worker itself, after it has rendered (src/lib/pwa/register.ts).
		serviceWorker: { register: false },
		// Only what the app itself serves; inline styles are needed for Svelte's style: directives.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
