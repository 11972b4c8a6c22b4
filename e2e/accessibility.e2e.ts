import { expect, test } from '@playwright/test';
import { testedPages } from '../src/lib/content/accessibility';
import { expectNoAxeViolations, expectNoRawKeys, langs } from './helpers';

for (const lang of langs) {
	test(`the accessibility statement is linked from the footer and passes axe in ${lang}`, async ({
		page
	}) => {
		await page.goto(`/${lang}`);
		const name = lang === 'hu' ? 'Akadálymentességi nyilatkozat' : 'Accessibility statement';
		await page.getByRole('contentinfo').getByRole('link', { name }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/accessibility$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(page.getByRole('main')).toContainText('WCAG 2.2');
		await expect(page.getByTestId('tested-pages').getByRole('listitem')).toHaveCount(
			testedPages.length
		);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
	});
}
