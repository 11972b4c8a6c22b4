import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const langs = ['hu', 'en'] as const;

/** Pages are checked at a phone's width, and where the layout changes most also at a desktop's. */
export const viewports = {
	phone: { width: 360, height: 740 },
	desktop: { width: 1280, height: 800 }
} as const;

/** WCAG 2.2 AA, the standard this app holds itself to. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with the list of axe violations (viewport, rule, impact and the first offending elements).
 * At a phone's width only, unless `desktop` is set: a scan of a long page takes 10–40 s on two busy
 * cores, and the pages share one stylesheet whose desktop layout the shell, the parallel explainer
 * and the teacher's dashboard (the widest layouts) are scanned in.
 */
export async function expectNoAxeViolations(
	page: Page,
	{ desktop = false }: { desktop?: boolean } = {}
): Promise<void> {
	const sizes = desktop ? Object.entries(viewports) : [['phone', viewports.phone] as const];
	for (const [name, size] of sizes) {
		await page.setViewportSize(size);
		// Only violations are read: axe then skips building selectors for every passing node.
		const results = await new AxeBuilder({ page })
			.withTags(wcagTags)
			.options({ resultTypes: ['violations'] })
			.analyze();
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

/** Waits until the page has hydrated (the root layout marks <html>): JavaScript behaviour is live. */
export async function waitForHydration(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
