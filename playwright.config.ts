import { defineConfig } from '@playwright/test';

// Several checkouts can test side by side on one machine, each on its own port.
const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	timeout: 60_000,
	use: {
		baseURL: origin,
		trace: 'retain-on-failure',
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
	webServer: {
		command: 'node build',
		url: `${origin}/hu`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATA_DIR: process.env.E2E_DATA_DIR ?? `test-results/data-${port}`,
			// The LTI spec's simulated platform runs on plain http on loopback.
			LTI_ALLOW_HTTP_PLATFORMS: '1'
		}
	}
});
