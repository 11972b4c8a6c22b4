import { expect, test, type APIRequestContext } from '@playwright/test';
import { fuzzEndpoints, fuzzForms, fuzzPaths, retryingOnce } from '../bench/lib/bad-input.mjs';
import { openStore } from '../bench/lib/db.mjs';
import { buildRoutes } from '../bench/lib/routes.mjs';

// Property-based bad input (fast-check) against the production build: random paths and query
// strings, every JSON endpoint and every POST form. Short here (BAD_INPUT_RUNS, default 8 per
// endpoint, a third of that per form: the join form's wrong-code limit is shared with other tests);
// `npm run soak` runs the long version. Never a 5xx, rejections are 4xx with a readable
// error, nothing hostile is echoed unescaped, and nothing from a rejected request is stored.
// Run on SQLite and, under scripts/with-postgres.sh (npm run test:e2e), on PostgreSQL as well.
const runs = Number(process.env.BAD_INPUT_RUNS ?? 8);
const formRuns = Math.max(2, Math.ceil(runs / 3));

/** The shared checks talk to the server through the request fixture. */
const sender = (request: APIRequestContext) =>
	retryingOnce(
		async (
			method: string,
			path: string,
			init: { headers?: Record<string, string>; body?: Buffer | string } = {}
		) => {
			const res = await request.fetch(path, {
				method,
				headers: init.headers,
				data: init.body,
				maxRedirects: 0,
				failOnStatusCode: false,
				timeout: 20_000
			});
			return { status: res.status(), headers: res.headers(), text: await res.text() };
		}
	);

/** The database the test server writes (see playwright.config.ts). */
async function expectNotStored(markers: string[], baseURL: string) {
	const port = new URL(baseURL).port;
	// The postgres project's server stores in PostgreSQL (playwright.config.ts).
	const databaseUrl = test.info().project.metadata?.databaseUrl as string | undefined;
	const store = await openStore({
		dataDir: process.env.E2E_DATA_DIR ?? `test-results/data-${port}`,
		databaseUrl: databaseUrl ?? process.env.DATABASE_URL
	});
	if (!store) return; // no database yet: nothing can have been stored
	try {
		const stored: string[] = [];
		for (const m of markers) {
			for (const t of await store.tablesContaining(m)) stored.push(`${m} in ${t}`);
		}
		expect(stored).toEqual([]);
	} finally {
		await store.close();
	}
}

test('random and hostile paths under /hu, /en and / get no 5xx and no unescaped echo', async ({
	request,
	baseURL
}) => {
	test.setTimeout(120_000);
	const stats = await fuzzPaths(sender(request), runs * 2, String(baseURL));
	expect(stats.requests).toBe(runs * 2);
	expect(Object.keys(stats.byStatus).every((s) => Number(s) < 500)).toBe(true);
});

test('every endpoint rejects malformed, hostile and oversized bodies with a 4xx and stores nothing', async ({
	request,
	baseURL
}) => {
	test.setTimeout(240_000);
	const routes = await buildRoutes();
	const stats = await fuzzEndpoints(sender(request), routes, runs, String(baseURL));
	test
		.info()
		.annotations.push({ type: 'endpoints', description: stats.targets.join(' ') || 'none yet' });
	expect(stats.targets.length).toBe(routes.filter((r) => r.endpoint).length);
	expect(stats.accepted).toEqual([]);
	await expectNotStored(stats.rejected, String(baseURL));
});

test('every POST form survives hostile values: no 5xx, no unescaped echo, rejected posts not stored', async ({
	request,
	baseURL
}) => {
	test.setTimeout(240_000);
	const stats = await fuzzForms(sender(request), await buildRoutes(), formRuns, String(baseURL));
	test
		.info()
		.annotations.push({ type: 'forms', description: stats.targets.join(' ') || 'none yet' });
	expect(stats.requests).toBe(stats.targets.length * formRuns);
	await expectNotStored(stats.rejected, String(baseURL));
});
