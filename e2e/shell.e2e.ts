import { expect, test } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	expectNoRawKeys,
	langs,
	waitForHydration
} from './helpers';

const shellPages = [
	'',
	'/lessons',
	'/shoigu-pyongyang-2024/explainer',
	'/shoigu-pyongyang-2024/timeline',
	'/shoigu-pyongyang-2024/quizzes',
	'/teacher'
];

for (const lang of langs) {
	for (const path of shellPages) {
		test(`${lang}${path || '/'} renders in its language with alternates`, async ({ page }) => {
			const response = await page.goto(`/${lang}${path}`);
			expect(response?.status()).toBe(200);
			// The served HTML, before any script runs, already carries the language.
			expect(await response?.text()).toMatch(new RegExp(`<html lang="${lang}"`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			for (const alt of ['hu', 'en', 'x-default']) {
				await expect(page.locator(`link[rel=alternate][hreflang="${alt}"]`)).toHaveCount(1);
			}
			await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{40,}/);
			await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
			await expect(page.locator('h1')).toHaveCount(1);
			await expectNoRawKeys(page);
		});
	}
}

test('/ redirects by cookie, then Accept-Language, then to Hungarian', async ({ request }) => {
	const go = (headers: Record<string, string>) =>
		request.get('/', { headers, maxRedirects: 0 }).then((r) => r.headers()['location']);
	expect(await go({ cookie: 'lang=en', 'accept-language': 'hu' })).toBe('/en');
	expect(await go({ cookie: 'lang=hu', 'accept-language': 'en-GB,en' })).toBe('/hu');
	expect(await go({ 'accept-language': 'en-US,en;q=0.9' })).toBe('/en');
	expect(await go({ 'accept-language': 'de-DE' })).toBe('/hu');
	expect(await go({})).toBe('/hu');
});

test('an unknown language or page gets a localized 404', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ locale: 'hu-HU' });
	const page = await context.newPage();
	const response = await page.goto('/de/explainer');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Az oldal nem található');
	await context.addCookies([{ name: 'lang', value: 'en', url: String(baseURL) }]);
	await page.goto('/xx');
	await expect(page.locator('h1')).toHaveText('Page not found');
	const english = await page.goto('/en/no-such-page');
	expect(english?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText('Page not found');
	await context.close();
});

test('the language switch is a real link that works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/hu/shoigu-pyongyang-2024/timeline');
	await page.getByRole('link', { name: 'Váltás angol nyelvre' }).click();
	await expect(page).toHaveURL(/\/en\/shoigu-pyongyang-2024\/timeline$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await context.close();
});

test('switching language keeps the page and the #section, and is remembered', async ({
	page,
	request
}) => {
	await page.goto('/hu#main');
	// Before hydration the switch is the plain link, which cannot know the #section.
	await waitForHydration(page);
	await page.getByRole('link', { name: 'Váltás angol nyelvre' }).click();
	await expect(page).toHaveURL(/\/en#main$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText(/Shoigu in Pyongyang/);
	const cookies = await page.context().cookies();
	expect(cookies.find((c) => c.name === 'lang')?.value).toBe('en');
	expect(request).toBeTruthy();
});

test('the text size persists across pages', async ({ page }) => {
	await page.goto('/en');
	await page.getByRole('button', { name: 'Large text', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', 'l');
	await page.goto('/en/shoigu-pyongyang-2024/quizzes');
	await expect(page.locator('html')).toHaveAttribute('data-text-size', 'l');
	await expect(page.getByRole('button', { name: 'Large text', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

// Issue #16: on a phone the header is one short row (at most 120 px, the largest text size too);
// the menu opens over the page and Escape closes it with the keyboard back on its button.
for (const lang of langs) {
	test(`${lang}: the phone header stays short and its menu closes on Escape`, async ({ page }) => {
		const menu = lang === 'hu' ? 'Menü' : 'Menu';
		for (const width of [360, 375]) {
			await page.setViewportSize({ width, height: 740 });
			await page.goto(`/${lang}/shoigu-pyongyang-2024/timeline`);
			await waitForHydration(page);
			for (const size of ['m', 'xl']) {
				await page.evaluate((s) => (document.documentElement.dataset.textSize = s), size);
				const header = await page.locator('header.site-header').boundingBox();
				expect(header?.height).toBeLessThanOrEqual(120);
				expect(header!.x + header!.width).toBeLessThanOrEqual(width);
			}
			const summary = page.locator('header summary', { hasText: menu });
			await summary.click();
			const nav = page.locator('header nav').first();
			await expect(nav).toBeVisible();
			// The open menu lies over the page: the header keeps its height.
			expect((await page.locator('header.site-header').boundingBox())?.height).toBeLessThanOrEqual(
				120
			);
			await page.keyboard.press('Escape');
			await expect(nav).toBeHidden();
			await expect(summary).toBeFocused();
		}
	});
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/en');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

// The feature pages (explainer, timeline, quizzes, teacher) are scanned in their own specs, in the
// states that matter there (popover open, result screen, dashboard); scanning them here again only
// cost minutes of the suite.
for (const lang of langs) {
	test(`axe: /${lang} has no WCAG 2.2 AA violations, no sideways scroll`, async ({ page }) => {
		await page.goto(`/${lang}`);
		await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });
		await expectNoHorizontalScroll(page);
	});
}

test('moving between pages in the browser brings each page its own strings', async ({ page }) => {
	await page.goto('/en');
	// Client-side navigations (so the router must be live): each page's namespaces arrive with its
	// data, not with the first page.
	await waitForHydration(page);
	for (const path of [
		'/en/shoigu-pyongyang-2024/quizzes',
		'/en/shoigu-pyongyang-2024/timeline',
		'/en/shoigu-pyongyang-2024/guide',
		'/en/shoigu-pyongyang-2024/explainer',
		'/en/join',
		'/en/teacher'
	]) {
		await page.evaluate((href) => {
			const link = Object.assign(document.createElement('a'), { href });
			document.body.append(link);
			link.click();
		}, path);
		await expect(page).toHaveURL(path);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expectNoRawKeys(page);
	}
});

test('/healthz answers JSON without touching anything else', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	expect(response.headers()['cache-control']).toBe('no-store');
	expect(await response.json()).toEqual({ status: 'ok' });
});
