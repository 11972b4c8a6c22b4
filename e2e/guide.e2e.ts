import { expect, test, type Page } from '@playwright/test';
import {
	chartIds,
	explainerParagraphIds,
	explainerSections,
	quizIds
} from '../src/lib/content/anchors';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectNoRawKeys, langs } from './helpers';

// Long pages, PDFs and axe at two widths: give each test room on a shared, busy machine.
test.beforeEach(() => test.slow());

/** The printable sheets and the most A4 pages each may take (measured, then fixed here). */
const sheets = { worksheet: 3, 'answer-key': 3, vocabulary: 2 } as const;
const sections = [
	'printables',
	'objectives',
	'plan',
	'variants',
	'prompts',
	'background',
	'differentiation'
];
const plans = ['lesson_45', 'short_20', 'double_90', 'language_45'];
const anchorIds = new Set<string>([
	...Object.keys(explainerSections),
	...explainerParagraphIds,
	...chartIds
]);

/** The default lesson's guide, under its slug. */
const guide = (lang: string) => `/${lang}/shoigu-pyongyang-2024/guide`;

/** The pages outside the guide that the guide links to, as paths after `/{lang}`. */
const linkedPages = [
	'/shoigu-pyongyang-2024/explainer',
	'/shoigu-pyongyang-2024/explainer?parallel=1',
	'/shoigu-pyongyang-2024/timeline',
	'/shoigu-pyongyang-2024/glossary',
	...quizIds.map((quiz) => `/shoigu-pyongyang-2024/quizzes/${quiz}`)
];

/** Every link in the guide's main content that stays inside the app (printables excluded). */
async function guideLinks(page: Page, lang: string): Promise<string[]> {
	await page.goto(guide(lang));
	const hrefs = await page
		.locator('main a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return [...new Set(hrefs)].filter((href) => !href.startsWith(guide(lang)));
}

/** PDF page objects (`/Type /Page`, not `/Pages`) in Chromium's output. */
const pdfPageCount = (pdf: Buffer) =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const lang of langs) {
	test(`${lang}: the guide renders every section, plan and step`, async ({ page }) => {
		const response = await page.goto(guide(lang));
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1')).toHaveCount(1);
		for (const id of sections) {
			const section = page.locator(`main #${id}`);
			await expect(section).toBeVisible();
			expect((await section.innerText()).length, id).toBeGreaterThan(80);
			// The table of contents reaches it.
			await expect(page.locator(`nav a[href="#${id}"]`)).toHaveCount(1);
		}
		for (const plan of plans) await expect(page.locator(`#plan-${plan}`)).toBeVisible();
		// The 45-minute plan: six steps, the last one ending on minute 45.
		const steps = page.locator('#plan ol > li');
		await expect(steps).toHaveCount(6);
		await expect(steps.last()).toContainText('41–45');
		await expect(page.locator('#prompts h3')).toHaveCount(3);
		await expect(page.locator('#background dt').first()).toBeVisible();
		for (const sheet of Object.keys(sheets))
			await expect(page.locator(`a[href="${guide(lang)}/print/${sheet}"]`)).toHaveCount(1);
		await expectNoRawKeys(page);
	});

	test(`${lang}: every guide link points at an agreed page, quiz or anchor, and resolves`, async ({
		page,
		request
	}) => {
		const links = await guideLinks(page, lang);
		expect(links.length).toBeGreaterThan(15);
		const fragmentsByPath = new Map<string, Set<string>>();
		for (const href of links) {
			const [path, fragment] = href.split('#');
			expect(
				linkedPages.map((p) => `/${lang}${p}`),
				href
			).toContain(path);
			const fragments = fragmentsByPath.get(path) ?? new Set();
			if (fragment !== undefined) fragments.add(fragment);
			fragmentsByPath.set(path, fragments);
		}
		// Every page the guide is meant to link to is linked, and every anchor is on its page once.
		expect([...fragmentsByPath.keys()].sort()).toEqual(
			linkedPages.map((p) => `/${lang}${p}`).sort()
		);
		for (const [path, fragments] of fragmentsByPath) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			const html = await response.text();
			for (const id of fragments) {
				expect(anchorIds.has(id), `#${id}`).toBe(true);
				expect(html.split(`id="${id}"`).length - 1, `#${id} on ${path}`).toBe(1);
			}
		}
	});

	for (const [sheet, maxPages] of Object.entries(sheets)) {
		test(`${lang}: the ${sheet} prints on A4 without the app's chrome, in at most ${maxPages} pages`, async ({
			page
		}) => {
			const response = await page.goto(`${guide(lang)}/print/${sheet}`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveCount(1);
			await expectNoRawKeys(page);
			const origin = new URL(page.url()).origin;
			await expect(page.locator('.print-sheet')).toContainText(`${origin}/${lang}`);
			expect(await page.locator('.sheet-sources li').count()).toBeGreaterThan(3);
			await expect(page.locator('header').first()).toBeVisible();

			await page.emulateMedia({ media: 'print' });
			for (const chrome of ['body > div > header', 'nav', 'footer', '.skip-link', '.toolbar'])
				for (const el of await page.locator(chrome).all()) await expect(el).toBeHidden();
			await expect(page.getByRole('button')).toHaveCount(0);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator('.sheet-sources')).toBeVisible();

			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const pages = pdfPageCount(pdf);
			test.info().annotations.push({ type: 'pages', description: `${lang} ${sheet}: ${pages}` });
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(maxPages);
		});
	}

	test(`${lang}: the print button opens the browser's print dialogue`, async ({ page }) => {
		await page.addInitScript(() => {
			window.print = () => document.body.setAttribute('data-printed', 'yes');
		});
		await page.goto(`${guide(lang)}/print/worksheet`);
		await page.locator('.toolbar button').click();
		await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
	});

	test(`${lang}: an unknown sheet is a localized 404`, async ({ page }) => {
		const response = await page.goto(`${guide(lang)}/print/homework`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText(
			lang === 'hu' ? 'Az oldal nem található' : 'Page not found'
		);
	});

	test(`${lang}: the guide's addresses from before lessons had slugs redirect to the default lesson's`, async ({
		page,
		request
	}) => {
		const moved = await request.get(`/${lang}/teacher/guide?from=qr`, { maxRedirects: 0 });
		expect(moved.status()).toBe(308);
		expect(moved.headers().location).toBe(`${guide(lang)}?from=qr`);
		for (const sheet of Object.keys(sheets)) {
			const old = await request.get(`/${lang}/teacher/guide/print/${sheet}`, { maxRedirects: 0 });
			expect(old.status(), sheet).toBe(308);
			expect(old.headers().location).toBe(`${guide(lang)}/print/${sheet}`);
		}
		const junk = await request.get(`/${lang}/teacher/guide/print/homework`, { maxRedirects: 0 });
		expect(junk.status()).toBe(404);
		// The teacher's page leads to the guide's new address, and the old one still opens it.
		await page.goto(`/${lang}/teacher`);
		await expect(page.locator('main p.guide a')).toHaveAttribute('href', guide(lang));
		await page.goto(`/${lang}/teacher/guide#prompts`);
		await expect(page).toHaveURL(`${guide(lang)}#prompts`);
		await expect(page.locator('#prompts')).toBeVisible();
	});

	for (const path of ['', ...Object.keys(sheets).map((sheet) => `/print/${sheet}`)]) {
		test(`axe: ${lang}/…/guide${path} has no WCAG 2.2 AA violations, no sideways scroll`, async ({
			page
		}) => {
			await page.goto(`${guide(lang)}${path}`);
			await expectNoAxeViolations(page);
			await expectNoHorizontalScroll(page);
		});
	}
}
