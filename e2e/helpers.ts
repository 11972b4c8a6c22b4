import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const langs = ['hu', 'en'] as const;

/** Every page is checked at a phone's width and a desktop's. */
export const viewports = {
	phone: { width: 360, height: 740 },
	desktop: { width: 1280, height: 800 }
} as const;

/** WCAG 2.2 AA, the standard this app holds itself to. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with the list of axe violations (viewport, rule, impact and the first offending elements). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	for (const [name, size] of Object.entries(viewports)) {
		await page.setViewportSize(size);
		const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		const summary = results.violations.map(
			(v) =>
				`${name} ${v.id} (${v.impact}): ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		);
		expect(summary).toEqual([]);
	}
}

/** A page must not scroll sideways on a 320 px wide phone. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

/** A rendered page must never show a missing-translation mark (i18next's missing-key handler adds it). */
export async function expectNoRawKeys(page: Page): Promise<void> {
	const text = await page.locator('body').innerText();
	expect(text).not.toContain('⟦');
	expect(await page.title()).not.toContain('⟦');
}
