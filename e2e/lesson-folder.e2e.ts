import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	expectNoRawKeys,
	langs,
	waitForHydration
} from './helpers';

// Lessons are data (issue #17): this server (playwright.config.ts, project lesson-folder) is the
// same build as every other spec's, started with LESSONS_DIR pointing at e2e/fixtures/lessons. The
// fixture's pages must work like the built lesson's, in both languages, with no code of their own.
const slug = 'putin-pyongyang-2024';
const folder = `e2e/fixtures/lessons/${slug}`;
const read = (file: string) => parse(readFileSync(`${folder}/${file}`, 'utf8'));
const meta = read('lesson.yaml');
const explainer = read('explainer.yaml');
const glossary = read('glossary.yaml');
const timeline = read('timeline.yaml');
const other = { hu: 'en', en: 'hu' } as const;
const switchName = { hu: 'Váltás angol nyelvre', en: 'Switch to Hungarian' } as const;

for (const lang of langs) {
	test.describe(`the fixture lesson in ${lang}`, () => {
		test('the lesson index lists both lessons and leads to the fixture’s explainer', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto(`/${lang}/lessons`);
			const cards = page.locator('.lessons > li');
			await expect(cards).toHaveCount(2);
			// The default lesson comes first; the folder's lesson after it.
			await expect(cards.nth(1).getByRole('heading', { level: 2 })).toHaveText(meta.title[lang]);
			await expectNoRawKeys(page);
			await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });
			await cards
				.nth(1)
				.getByRole('link', { name: /Magyarázat|Explainer/ })
				.click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/explainer$`));
		});

		test('its explainer shows its own text, terms and sources, and passes axe', async ({
			page
		}) => {
			test.setTimeout(180_000);
			await page.goto(`/${lang}/${slug}/explainer`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText(new RegExp(meta.shortTitle[lang]));
			await expect(page.locator('.intro .lead')).toHaveText(explainer.lead[lang]);
			// The shell names this lesson, not the default one.
			await expect(page.locator('header .brand')).toContainText(meta.shortTitle[lang]);
			const [section] = explainer.sections;
			await expect(page.locator(`#h-${section.id}`)).toHaveText(section.title[lang]);
			for (const p of section.paragraphs) await expect(page.locator(`#${p.id}`)).toBeVisible();
			await expect(page.locator('section[id]')).toHaveCount(1);
			// Three glossary terms underlined, each opening its definition.
			await expect(page.locator('button.term')).toHaveCount(3);
			// The last one is the last term in both languages (ratification).
			await page.locator('button.term').last().click();
			await expect(page.getByRole('dialog')).toContainText(glossary.terms[2].definition[lang]);
			await page.keyboard.press('Escape');
			await expect(page.getByRole('dialog')).toHaveCount(0);
			await expectNoRawKeys(page);
			await expectNoAxeViolations(page);
			await expectNoHorizontalScroll(page);
		});

		test('its parallel view shows both languages side by side', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(`/${lang}/${slug}/explainer?parallel=1`);
			const [section] = explainer.sections;
			await expect(page.locator(`#h-${section.id} [lang="${other[lang]}"]`)).toHaveText(
				section.title[other[lang]]
			);
			await expect(
				page.locator(`#${section.paragraphs[0].id} [lang="${other[lang]}"]`)
			).not.toHaveCount(0);
			await expectNoAxeViolations(page, { widths: ['desktop'] });
		});

		test('switching language keeps the lesson and the section', async ({ page }) => {
			const [section] = explainer.sections;
			await page.goto(`/${lang}/${slug}/explainer#${section.id}`);
			await waitForHydration(page);
			await page.getByRole('link', { name: switchName[lang] }).click();
			await expect(page).toHaveURL(new RegExp(`/${other[lang]}/${slug}/explainer#${section.id}$`));
			await expect(page.locator(`#h-${section.id}`)).toHaveText(section.title[other[lang]]);
		});

		test('its timeline lists its three events with their sources, and no charts', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto(`/${lang}/${slug}/timeline`);
			const events = page.locator('#timeline-list .event');
			await expect(events).toHaveCount(timeline.events.length);
			for (const event of timeline.events)
				await expect(page.locator(`#${event.id}`)).toContainText(event.text[lang].title);
			// The event the article is about is marked as such.
			await expect(page.locator(`#${meta.article.fact}`)).toHaveClass(/\barticle\b/);
			await expect(page.locator('#charts')).toHaveCount(0);
			// Each event leads to its own lesson's explainer, and to no story map (it has none).
			const first = timeline.events[0];
			await expect(page.locator(`#${first.id} .more a`)).toHaveAttribute(
				'href',
				`/${lang}/${slug}/explainer#${first.explainer}`
			);
			await expect(page.locator('a.on-map')).toHaveCount(0);
			await expectNoRawKeys(page);
			await expectNoAxeViolations(page);
			await expectNoHorizontalScroll(page);
		});

		test('its glossary lists its three terms in both languages and searches them', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto(`/${lang}/${slug}/glossary`);
			const entries = page.locator('dl .entry');
			await expect(entries).toHaveCount(3);
			for (const term of glossary.terms)
				await expect(page.locator(`#term-${term.id}`)).toContainText(term.term[other[lang]]);
			await expect(page.getByRole('link', { name: /magyarázathoz|explainer/ })).toHaveAttribute(
				'href',
				`/${lang}/${slug}/explainer`
			);
			await expectNoAxeViolations(page);
			await page.goto(
				`/${lang}/${slug}/glossary?q=${encodeURIComponent(glossary.terms[2].term[lang])}`
			);
			await expect(entries).toHaveCount(1);
		});
	});
}

test('a lesson that is not there is a 404 in the reader’s language', async ({ page }) => {
	const response = await page.goto('/en/no-such-lesson/explainer');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectNoRawKeys(page);
});

test('the addresses from before lessons had slugs lead to the default lesson', async ({
	page,
	request
}) => {
	const moved = await request.get('/en/glossary?q=veto', { maxRedirects: 0 });
	expect(moved.status()).toBe(308);
	expect(moved.headers().location).toBe('/en/shoigu-pyongyang-2024/glossary?q=veto');
	const chart = await request.get('/hu/timeline/chart-trade.csv', { maxRedirects: 0 });
	expect(chart.headers().location).toBe('/hu/shoigu-pyongyang-2024/timeline/chart-trade.csv');
	expect((await request.get('/hu/timeline/chart-nope.csv', { maxRedirects: 0 })).status()).toBe(
		404
	);
	// A lesson without charts has no chart files.
	expect((await request.get(`/hu/${slug}/timeline/chart-trade.csv`)).status()).toBe(404);
	await page.goto('/hu/explainer#treaty');
	await expect(page).toHaveURL(/\/hu\/shoigu-pyongyang-2024\/explainer#treaty$/);
	await expect(page.locator('#h-treaty')).toBeVisible();
});

for (const lang of langs) {
	test(`${lang}: the fixture's teacher's guide is built from its timeline and glossary, with its printables`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const guide = `/${lang}/${slug}/guide`;
		// The lesson index leads to it.
		await page.goto(`/${lang}/lessons`);
		await expect(page.locator(`.lessons a[href="${guide}"]`)).toHaveCount(1);

		const response = await page.goto(guide);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		// No plans, prompts or misconceptions of its own: only what its folder gives.
		for (const id of ['objectives', 'plan', 'variants', 'prompts', 'differentiation'])
			await expect(page.locator(`#${id}`)).toHaveCount(0);
		await expect(page.locator('nav.toc a')).toHaveCount(2);
		// The summary: its three events, in order, each with a source.
		await expect(page.locator('#background dt')).toHaveCount(3);
		await expect(page.locator('#background dd').first()).toContainText(
			timeline.events[0].text[lang].title
		);
		await expect(page.locator('#background dd').first().locator('a[href^="http"]')).not.toHaveCount(
			0
		);
		for (const sheet of ['worksheet', 'answer-key', 'vocabulary'])
			await expect(page.locator(`#printables a[href="${guide}/print/${sheet}"]`)).toHaveCount(1);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });
		await expectNoHorizontalScroll(page);

		// The worksheet: the timeline to complete, one blank a row, the lesson's own address.
		await page.goto(`${guide}/print/worksheet`);
		const rows = page.locator('table.timeline tbody tr');
		await expect(rows).toHaveCount(3);
		await expect(page.locator('.task')).toHaveCount(1);
		const origin = new URL(page.url()).origin;
		await expect(page.locator('.print-sheet')).toContainText(`${origin}/${lang}/${slug}/explainer`);
		await expect(page.locator('.sheet-head .site')).toHaveText(meta.title[lang]);
		await expect(page.locator('.toolbar a')).toHaveAttribute('href', guide);
		await expect(page.locator('.print-sheet')).not.toContainText(
			timeline.events[0].text[lang].title
		);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);

		// The answer key fills every blank in.
		await page.goto(`${guide}/print/answer-key`);
		await expect(page.locator('table.timeline tbody strong')).toHaveCount(3);
		await expect(page.locator('.print-sheet')).toContainText(timeline.events[0].text[lang].title);
		await expectNoRawKeys(page);

		// The vocabulary sheet: its three glossary terms in both languages.
		await page.goto(`${guide}/print/vocabulary`);
		await expect(page.locator('table.vocab tbody tr')).toHaveCount(3);
		for (const term of glossary.terms) {
			await expect(page.locator('table.vocab')).toContainText(term.term[lang]);
			await expect(page.locator('table.vocab')).toContainText(term.term[other[lang]]);
		}
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await expectNoHorizontalScroll(page);
	});
}
