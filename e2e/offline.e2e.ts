import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

// The one test with the offline worker: every other test runs with service workers blocked
// (playwright.config.ts), so that no cache stands between them and the server.
test.use({ serviceWorkers: 'allow' });
// A first visit warms up the whole lesson in both languages, then many pages are read offline.
test.describe.configure({ timeout: 180_000 });

/** Every address kept in the page's caches (Cache Storage), as paths. */
async function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const out: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) out.push(new URL(request.url).pathname);
		}
		return out;
	});
}

/** Opens a lesson page with the network cut off: it must come from the worker, whole. */
async function openOffline(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	expect(response?.fromServiceWorker(), path).toBe(true);
	await expect(page.locator('h1')).toHaveCount(1);
	await waitForHydration(page);
}

test('after one visit the lesson works offline in both languages, and an answer waits to be checked', async ({
	page,
	context
}) => {
	await page.goto('/hu');
	await waitForHydration(page);
	// The worker is in charge and has kept the lesson (and a spare quiz deal each): the page says so.
	const ready = page.locator('[data-offline-notice="offline_ready"]');
	await ready.waitFor();
	await expect(ready).toContainText('internet nélkül is működik');
	expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	// Installable: a manifest with icons and a worker that controls the page.
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Playwright's contexts are incognito, where Chromium installs nothing: that one is the browser's.
	expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

	// Nothing from the API, the classroom, the dashboard or LTI is kept; the lesson's pages are.
	const kept = await cachedPaths(page);
	expect(kept).toContain('/en/shoigu-pyongyang-2024/timeline');
	expect(kept).toContain('/hu/shoigu-pyongyang-2024/guide/print/worksheet');
	expect(
		kept.filter((p) => /^\/(api|lti|join)\/|\/attempt\/|\/teacher\/a\/|\/teacher$/.test(p))
	).toEqual([]);

	await context.setOffline(true);
	for (const lang of ['hu', 'en'] as const) {
		await openOffline(page, `/${lang}/shoigu-pyongyang-2024/explainer`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await openOffline(page, `/${lang}/shoigu-pyongyang-2024/glossary`);
		await openOffline(page, `/${lang}/shoigu-pyongyang-2024/timeline`);
		// The charts draw (chart.js comes from the worker's precache) and their tables are there.
		const chart = page.locator('#chart-shells');
		await chart.locator('canvas').scrollIntoViewIfNeeded();
		await chart.locator('canvas[data-values]').waitFor();
		await expect(chart.locator('table')).toHaveCount(1);
		await openOffline(page, `/${lang}/shoigu-pyongyang-2024/guide`);
		await openOffline(page, `/${lang}/shoigu-pyongyang-2024/guide/print/worksheet`);
	}
	// Moving on inside the app (its page data comes from the worker too), into the other language.
	await openOffline(page, '/hu/shoigu-pyongyang-2024/timeline');
	await page.getByRole('link', { name: 'Váltás angol nyelvre' }).click();
	await expect(page).toHaveURL(/\/en\/shoigu-pyongyang-2024\/timeline$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('navigation').getByRole('link', { name: 'Explainer' }).first().click();
	await expect(page).toHaveURL(/\/en\/shoigu-pyongyang-2024\/explainer$/);

	// A practice quiz starts offline (from the spare deal), and the answer waits to be checked.
	await openOffline(page, '/en/shoigu-pyongyang-2024/quizzes/article');
	await page.locator('form[data-ready]').waitFor();
	await page.getByRole('radio', { name: /Practice/ }).check();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('Question 1 of 13')).toBeVisible();
	const first = page
		.locator('section.question input[type=radio], section.question input[type=checkbox]')
		.first();
	const value = await first.getAttribute('value');
	await first.check();
	await page.getByRole('button', { name: 'Check my answer' }).click();
	const waiting = page.getByText(
		'You are offline. Your answer is kept and will be checked as soon as the connection is back.'
	);
	await expect(waiting).toBeVisible();
	await expect(page.locator('.feedback')).toHaveCount(0);

	// Reloaded offline, the attempt is still there with its answer, still waiting.
	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await expect(page.getByText('Question 1 of 13')).toBeVisible();
	await expect(page.locator(`section.question input[value="${value}"]`)).toBeChecked();
	await expect(waiting).toBeVisible();

	// Back online, the server checks it.
	await context.setOffline(false);
	// This page was reloaded offline from the worker, and Chromium's emulation tells it it is online,
	// so no 'online' event comes: the player's own retry (every 10 s while waiting) sends the answer.
	await page.locator('.feedback').waitFor();
	await expect(waiting).toHaveCount(0);
});
