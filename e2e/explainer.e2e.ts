import { expect, test, type Page } from '@playwright/test';
import { explainerParagraphIds, explainerSections } from '../src/lib/content/anchors';
import {
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	expectNoRawKeys,
	langs,
	waitForHydration
} from './helpers';

const other = { hu: 'en', en: 'hu' } as const;
const switchName = { hu: 'Váltás angol nyelvre', en: 'Switch to Hungarian' } as const;
const estimateLabel = { hu: 'becslés', en: 'estimate' } as const;

/** Tabs forward from the current point until a glossary term has focus (at most `limit` presses). */
async function tabToTerm(page: Page, limit = 20): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.classList.contains('term'))) return;
	}
	throw new Error('No glossary term reached by Tab');
}

// The explainer is a long page and axe scans it at two sizes: give the slow, shared machines time.
test.describe.configure({ timeout: 120_000 });

for (const lang of langs) {
	test.describe(`explainer (${lang})`, () => {
		test('the home page and the explainer say how current the lesson is', async ({ page }) => {
			// "As of" the latest fact's date, written with Intl in the page's language, never ISO.
			const asOf = {
				hu: /állapota: 20\d\d\. [a-zéáíóöőúüű]+ \d{1,2}\./,
				en: /as of \d{1,2} [A-Z][a-z]+ 20\d\d/
			}[lang];
			await page.goto(`/${lang}`);
			await expect(page.locator('.as-of')).toHaveText(asOf);
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			await expect(page.locator('.as-of')).toHaveText(asOf);
			await expect(page.locator('.as-of')).not.toHaveText(/\d{4}-\d{2}-\d{2}/);
		});

		test('renders every agreed section and paragraph anchor, with sources and estimate labels', async ({
			page
		}) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			await expect(page.locator('h1')).toHaveCount(1);
			const ids = [...Object.keys(explainerSections), ...explainerParagraphIds];
			// One round trip for the whole check: the page is long and CI machines are shared.
			const report = await page.evaluate((ids) => {
				const missing = ids.filter((id) => document.querySelectorAll(`[id="${id}"]`).length !== 1);
				const paragraphs = [...document.querySelectorAll('.paragraph')];
				const unsourced = paragraphs
					.filter((p) => !p.querySelector('.notes a[href^="http"]'))
					.map((p) => p.id);
				return { missing, paragraphs: paragraphs.length, unsourced };
			}, ids);
			expect(report.missing).toEqual([]);
			expect(report.unsourced).toEqual([]);
			expect(report.paragraphs).toBeGreaterThanOrEqual(explainerParagraphIds.length);
			await expect(page.locator('#people article.person')).toHaveCount(8);
			// Every estimate carries a visible label, not only a colour.
			const estimates = page.locator('.estimate');
			expect(await estimates.count()).toBeGreaterThan(10);
			const labels = page.locator('.estimate-note');
			expect(await labels.count()).toBe(await estimates.count());
			await expect(labels.first()).toContainText(estimateLabel[lang]);
			await expectNoRawKeys(page);
		});

		test('glossary popover works by keyboard alone', async ({ page }) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			// Start the Tab sequence at the first section's heading.
			await page.locator('#h-meeting').click();
			await tabToTerm(page);
			const index = await page.evaluate(() =>
				[...document.querySelectorAll('button.term')].indexOf(document.activeElement as Element)
			);
			const term = page.locator('button.term').nth(index);
			await expect(term).toBeFocused();
			await expect(term).toHaveAttribute('aria-expanded', 'false');
			const name = (await term.textContent())?.trim();
			await page.keyboard.press('Enter');
			await expect(term).toHaveAttribute('aria-expanded', 'true');
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			await expect(dialog).toBeFocused();
			// Announced by name (the term) and description (its definition).
			await expect(dialog).toHaveAccessibleName(/\S/);
			await expect(dialog).toHaveAccessibleDescription(/.{30,}/);
			await expect(dialog.locator(`[lang="${other[lang]}"]`).first()).not.toBeEmpty();
			await page.keyboard.press('Escape');
			await expect(dialog).toHaveCount(0);
			await expect(term).toBeFocused();
			await expect(term).toHaveText(name ?? '');
			await expect(term).toHaveAttribute('aria-expanded', 'false');
		});

		test('parallel mode shows both languages with the right lang attributes', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			await page
				.getByRole('link', { name: lang === 'hu' ? /Kétnyelvű nézet/ : /Bilingual view/ })
				.click();
			await expect(page).toHaveURL(/[?&]parallel=1/);
			const pair = page.locator('#meeting-who');
			const translation = pair.locator(`.translation.wide[lang="${other[lang]}"]`);
			await expect(translation).toBeVisible();
			await expect(translation).toContainText(lang === 'hu' ? 'Sergei Shoigu' : 'Szergej Sojgu');
			await expect(pair.locator('.primary')).toContainText(
				lang === 'hu' ? 'Szergej Sojgu' : 'Sergei Shoigu'
			);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			expect(await page.locator('.translation.wide').count()).toBe(
				await page.locator('.paragraph').count()
			);
			const side = await translation.boundingBox();
			const main = await pair.locator('.primary').boundingBox();
			expect(side && main && side.x > main.x + main.width - 1).toBe(true);

			// On a phone each paragraph reveals its translation in place instead.
			await page.setViewportSize({ width: 360, height: 740 });
			await expect(translation).toBeHidden();
			const details = pair.locator('details.translation');
			await details.locator('summary').click();
			await expect(details.locator(`p[lang="${other[lang]}"]`)).toBeVisible();
		});

		test('an evidence link highlights its paragraph and scrolls to it', async ({ page }) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer#treaty-article4`);
			const target = page.locator('#treaty-article4');
			// Shown from the first paint (:target), before any JavaScript has run.
			await expect(target).toBeInViewport();
			// Not colour alone: a thick bar at the left.
			const bar = await target.evaluate((el) => parseFloat(getComputedStyle(el).borderLeftWidth));
			expect(bar).toBeGreaterThanOrEqual(3);
			await expect(target).not.toHaveCSS('border-left-color', 'rgba(0, 0, 0, 0)');
			await waitForHydration(page);
			await expect(target).toHaveClass(/highlighted/);
			await expect(page.locator('.highlighted')).toHaveCount(1);
			await expect(target).toBeInViewport();

			// Following another evidence link inside the page moves the highlight.
			await page.evaluate(() => (location.hash = '#flows-152mm'));
			await expect(page.locator('#flows-152mm')).toHaveClass(/highlighted/);
			await expect(target).not.toHaveClass(/highlighted/);
		});

		test('the table of contents marks the current section', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer#flows`);
			await expect(page.locator('.toc a[href="#flows"]')).toHaveAttribute(
				'aria-current',
				'location'
			);
			await expect(page.locator('.toc [aria-current]')).toHaveCount(1);
		});

		test('switching language keeps the section', async ({ page }) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer#treaty`);
			// Without JavaScript the switch is a plain link to the other language's page.
			await waitForHydration(page);
			await page.getByRole('link', { name: switchName[lang] }).click();
			await expect(page).toHaveURL(
				new RegExp(`/${other[lang]}/shoigu-pyongyang-2024/explainer#treaty$`)
			);
			await expect(page.locator('html')).toHaveAttribute('lang', other[lang]);
			await expect(page.locator('#h-treaty')).toHaveText(
				lang === 'hu' ? /The treaty of June 2024/ : /A 2024. júniusi szerződés/
			);
			await expect(page.locator('#h-treaty')).toBeInViewport();
		});

		test('read-aloud is offered only where a voice for the language exists', async ({ page }) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			await page.waitForLoadState('networkidle');
			const hasVoice = await page.evaluate(
				(l) => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith(l)),
				lang
			);
			await expect(page.locator('#meeting-who .read-aloud')).toHaveCount(hasVoice ? 1 : 0);
		});

		test('prints the text and its sources without navigation', async ({ page }) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.toc')).toBeHidden();
			await expect(page.locator('header').first()).toBeHidden();
			await expect(page.locator('#meeting-who .notes')).toBeVisible();
			await expect(page.locator('#meeting-who .text').first()).toBeVisible();
		});

		for (const path of ['/shoigu-pyongyang-2024/explainer', '/shoigu-pyongyang-2024/glossary']) {
			test(`${path} has no axe violations and no sideways scroll`, async ({ page }) => {
				// axe checks every text node's contrast on this long page: minutes on a busy machine.
				test.setTimeout(300_000);
				await page.goto(`/${lang}${path}`);
				await expectNoAxeViolations(page);
				await expectNoHorizontalScroll(page);
			});
		}

		test('/explainer?parallel=1 has no axe violations and no sideways scroll', async ({ page }) => {
			test.setTimeout(300_000);
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer?parallel=1`);
			// On a phone the page is the one-language explainer (scanned above) with each
			// translation folded under a summary: the summaries are what is new there. The two
			// columns of a desktop, twice the text, are scanned whole.
			await expectNoAxeViolations(page, { only: '.translation.narrow' });
			await expectNoAxeViolations(page, { widths: ['desktop'] });
			await expectNoHorizontalScroll(page);
		});

		test('an open glossary popover fits a 320 px phone and passes axe', async ({ page }) => {
			test.setTimeout(300_000);
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			await page.locator('#why-veto button.term').last().click();
			await expect(page.getByRole('dialog')).toBeVisible();
			await expectNoHorizontalScroll(page);
			const box = await page.getByRole('dialog').boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
			// The page around it is scanned whole by the test above.
			await expectNoAxeViolations(page, { only: '[role="dialog"]' });
		});

		test('the glossary lists every term in both languages and highlights a linked one', async ({
			page
		}) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/glossary#term-veto`);
			await expect(page.locator('h1')).toHaveCount(1);
			const entries = page.locator('dl .entry');
			expect(await entries.count()).toBeGreaterThanOrEqual(25);
			await expect(entries.first().locator(`[lang="${other[lang]}"]`)).toHaveCount(2);
			await expect(page.locator('#term-veto')).toHaveClass(/highlighted/);
			await expect(page.getByRole('link', { name: /magyarázathoz|explainer/ })).toHaveAttribute(
				'href',
				`/${lang}/shoigu-pyongyang-2024/explainer`
			);
			await expectNoRawKeys(page);
		});
	});
}
