import { expect, test } from '@playwright/test';
import { glossary } from '../src/lib/content/glossary';
import { searchGlossary } from '../src/lib/content/glossary-search';
import { waitForHydration } from './helpers';

const label = {
	hu: 'Keresés a szójegyzékben (magyarul vagy angolul)',
	en: 'Search the glossary (in English or Hungarian)'
} as const;
const button = { hu: 'Keresés', en: 'Search' } as const;

test.describe('glossary search', () => {
	test('the glossary is in the navigation, and typing filters the list', async ({ page }) => {
		await page.goto('/en');
		await page.locator('#site-nav').getByRole('link', { name: 'Glossary' }).click();
		await expect(page).toHaveURL(/\/en\/shoigu-pyongyang-2024\/glossary$/);
		await waitForHydration(page);
		const entries = page.locator('dl .entry');
		await expect(entries).toHaveCount(glossary.length);
		const box = page.getByRole('searchbox', { name: label.en });
		await box.pressSequentially('veto');
		const expected = searchGlossary(glossary, 'veto', 'en');
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(glossary.length);
		await expect(entries).toHaveCount(expected.length);
		await expect(page.locator('#term-veto')).toBeVisible();
		await expect(page.getByTestId('glossary-search').getByRole('status')).toHaveText(
			`${expected.length} of ${glossary.length} words shown`
		);
		// The address keeps the search; clearing it brings every word back.
		await expect(page).toHaveURL(/\?q=veto$/);
		await box.fill('');
		await expect(entries).toHaveCount(glossary.length);
		// A search in the other language, without its accents, finds the word too.
		await box.fill('fegyverszunet');
		await expect(entries).toHaveCount(searchGlossary(glossary, 'fegyverszunet', 'en').length);
		await expect(page.locator('#term-armistice')).toBeVisible();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('submitting the form filters on the server', async ({ page }) => {
			await page.goto('/hu/shoigu-pyongyang-2024/glossary');
			const entries = page.locator('dl .entry');
			await expect(entries).toHaveCount(glossary.length);
			await page.getByRole('searchbox', { name: label.hu }).fill('veto');
			await page.getByRole('button', { name: button.hu }).click();
			await expect(page).toHaveURL(/\/hu\/shoigu-pyongyang-2024\/glossary\?q=veto$/);
			await expect(entries).toHaveCount(searchGlossary(glossary, 'veto', 'hu').length);
			await expect(page.locator('#term-veto')).toBeVisible();
			await expect(page.getByRole('searchbox', { name: label.hu })).toHaveValue('veto');

			// Nothing found: said in words, with a way back to every word.
			await page.goto('/hu/shoigu-pyongyang-2024/glossary?q=zzzz');
			await expect(entries).toHaveCount(0);
			await expect(page.getByText('Egy szó sem felel meg ennek: „zzzz”.')).toBeVisible();
			await page.getByRole('link', { name: 'Az összes szó mutatása' }).click();
			await expect(entries).toHaveCount(glossary.length);
		});
	});
});

test.describe('glossary popover on a real phone', () => {
	// Phone emulation, not a narrow desktop window: on a phone an overflowing popover widens the
	// layout viewport, which a narrow desktop window never does.
	test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

	for (const lang of ['hu', 'en'] as const) {
		test(`${lang}: a tapped term's popover stays on the screen, with Close visible`, async ({
			page
		}) => {
			await page.goto(`/${lang}/shoigu-pyongyang-2024/explainer`);
			await waitForHydration(page);
			// The last term of a paragraph: far from the left edge, where the popover used to run off.
			const term = page.locator('#why-veto button.term').last();
			await term.scrollIntoViewIfNeeded();
			await term.tap();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			const box = await dialog.boundingBox();
			expect(box).not.toBeNull();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(375);
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.height).toBeLessThanOrEqual(740);
			const close = dialog.getByRole('button', { name: lang === 'hu' ? 'Bezárás' : 'Close' });
			await expect(close).toBeInViewport({ ratio: 1 });
			// The page did not grow sideways to make room.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				375
			);
			await close.tap();
			await expect(dialog).toHaveCount(0);
		});
	}
});
