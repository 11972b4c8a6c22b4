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
 * The rules whose outcome depends on colour. The dark scheme changes only the colour custom properties
 * in app.css (no component has a scheme query of its own), so the DOM, layout, names and roles are the
 * light scan's: in dark, these rules are all that can find something new, and a scan of them alone is
 * a third quicker on a long page than the full WCAG set (measured: 28 s against 44 s on the timeline).
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Fails with the list of axe violations (viewport, scheme, rule, impact and the first offending
 * elements), in the light scheme (every WCAG 2.2 AA rule) and then the dark one (the colour rules).
 * At a phone's width only, unless `desktop` is set: a scan of a long page takes 10–40 s on two busy
 * cores, and the pages share one stylesheet whose desktop layout the shell, the parallel explainer
 * and the teacher's dashboard (the widest layouts) are scanned in. The page is left in light.
 */
export async function expectNoAxeViolations(
	page: Page,
	{ desktop = false }: { desktop?: boolean } = {}
): Promise<void> {
	const sizes = desktop ? Object.entries(viewports) : [['phone', viewports.phone] as const];
	const summary: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		// Reduced motion: the buttons' colour transitions end at once, so no scan sees a colour between schemes.
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		for (const [name, size] of sizes) {
			await page.setViewportSize(size);
			const axe = new AxeBuilder({ page });
			const results = await (
				scheme === 'light' ? axe.withTags(wcagTags) : axe.withRules(colourRules)
			).analyze();
			summary.push(
				...results.violations.map(
					(v) =>
						`${name} ${scheme} ${v.id} (${v.impact}): ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`
				)
			);
		}
	}
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
	expect(summary).toEqual([]);
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
