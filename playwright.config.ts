import { defineConfig } from '@playwright/test';
import { register } from 'node:module';
import { slugConstants } from './src/lib/server/lessons/read.ts';

// Specs that import lesson content reach its YAML files (see e2e/support/yaml-hooks.mjs), and the
// lesson slugs that the lessons Vite plugin sets as constants in the build.
register('./e2e/support/yaml-hooks.mjs', import.meta.url);
Object.assign(globalThis, slugConstants('src/content/lessons'));

// Several checkouts can test side by side on one machine, each on its own port.
const port = Number(process.env.E2E_PORT ?? 4173);
// The server is started as the README's `npm start`, with no origin setting, and reached through a
// second loopback address: a test that passes here passes for a teacher whose laptop has no name.
const origin = `http://127.0.0.2:${port}`;
for (const name of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'ADDRESS_HEADER']) {
	delete process.env[name];
}
// With a PostgreSQL server (scripts/with-postgres.sh sets TEST_DATABASE_URL), the bad-input
// properties also run against a second server on the next port that stores there.
const postgresUrl = process.env.TEST_DATABASE_URL;
const postgresOrigin = `http://127.0.0.2:${port + 1}`;
// A third server, with a second lesson added as a folder (LESSONS_DIR) and no build of its own:
// e2e/lesson-folder.e2e.ts runs there, every other spec on the first server, which has none.
const lessonsOrigin = `http://127.0.0.2:${port + 2}`;
const lessonFolderSpec = 'lesson-folder.e2e.ts';

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	timeout: 60_000,
	// A state the app reaches (a page after a click, a saved answer) can take longer than Playwright's
	// 5 s default on two busy cores; the wait still ends as soon as the state is there.
	expect: { timeout: 15_000 },
	use: {
		baseURL: origin,
		trace: 'retain-on-failure',
		// No offline worker between the tests and the server; e2e/offline.e2e.ts allows it for itself.
		serviceWorkers: 'block',
		launchOptions: {
			// Debian's Chromium; Playwright never downloads a browser of its own here.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'sqlite', testIgnore: lessonFolderSpec, use: { baseURL: origin } },
		{ name: 'lesson-folder', testMatch: lessonFolderSpec, use: { baseURL: lessonsOrigin } },
		...(postgresUrl
			? [
					{
						name: 'postgres',
						testMatch: 'bad-input.e2e.ts',
						use: { baseURL: postgresOrigin },
						metadata: { databaseUrl: postgresUrl }
					}
				]
			: [])
	],
	webServer: [
		{
			command: 'npm start',
			url: `${origin}/hu`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: {
				// HOST is left at its default (every address), as for a class.
				PORT: String(port),
				DATA_DIR: process.env.E2E_DATA_DIR ?? `test-results/data-${port}`
			}
		},
		{
			command: 'npm start',
			url: `${lessonsOrigin}/hu`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: {
				PORT: String(port + 2),
				DATA_DIR: `test-results/data-${port + 2}`,
				LESSONS_DIR: 'e2e/fixtures/lessons'
			}
		},
		...(postgresUrl
			? [
					{
						command: 'npm start',
						url: `${postgresOrigin}/hu`,
						reuseExistingServer: false,
						timeout: 60_000,
						env: { PORT: String(port + 1), DATABASE_URL: postgresUrl }
					}
				]
			: [])
	]
});
