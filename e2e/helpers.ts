import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

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
 * At a phone's width unless `widths` says otherwise: a scan of a long page takes 10–40 s on two busy
 * cores, and the pages share one stylesheet whose desktop layout the shell, the parallel explainer
 * and the teacher's dashboard (the widest layouts) are scanned in. `only` scans one part (a CSS
 * selector), for a state of a page that is scanned whole elsewhere. The page is left in light.
 */
export async function expectNoAxeViolations(
	page: Page,
	{ widths = ['phone'], only }: { widths?: readonly (keyof typeof viewports)[]; only?: string } = {}
): Promise<void> {
	const sizes = widths.map((name) => [name, viewports[name]] as const);
	const summary: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		// Reduced motion: the buttons' colour transitions end at once, so no scan sees a colour between schemes.
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		// Even reduced, a colour transition ends only at the next frame: on a busy machine axe could
		// otherwise read a colour from before the switch (seen as dark-scheme contrast failures).
		await page.waitForFunction(() =>
			document.getAnimations().every((animation) => animation.playState !== 'running')
		);
		for (const [name, size] of sizes) {
			await page.setViewportSize(size);
			const axe = only ? new AxeBuilder({ page }).include(only) : new AxeBuilder({ page });
			// Only violations are read: axe then skips building selectors for every passing node.
			// The dark scan skips axe's preload of the style sheets (about 3 s on a long page): only
			// css-orientation-lock reads them, and the light scan has already run it on the same CSS.
			const results = await (
				scheme === 'light'
					? axe.withTags(wcagTags).options({ resultTypes: ['violations'] })
					: axe.withRules(colourRules).options({ resultTypes: ['violations'], preload: false })
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

// The class's students: the steps the classroom tests share. Their waits have the room the
// classroom tests give theirs (several browser contexts and the database on a shared machine).
const classExpect = expect.configure({ timeout: 30_000 });

/** The question on screen (the player shows one at a time). */
export const onScreen = (page: Page) => page.locator('section.question');

/** On a class's nickname page: the nickname, Enter, and on to the student's attempt page. */
export async function enterNickname(page: Page, lang: 'hu' | 'en', nickname: string) {
	await page.locator('#nickname').fill(nickname);
	await page.locator('#nickname').press('Enter');
	// The attempt's address names the student by a public id; the resume token is in a cookie.
	await page.waitForURL(new RegExp(`/${lang}/attempt/[\\w-]{16}$`));
}

/** A student in a browser context of their own joins by typing the code on the join page. */
export async function joinByCode(
	browser: Browser,
	lang: 'hu' | 'en',
	code: string,
	nickname: string
) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`/${lang}/join`);
	await page.locator('#code').fill(`${code.slice(0, 3)} ${code.slice(3).toLowerCase()}`);
	await page.locator('#code').press('Enter');
	await page.waitForURL(`**/${lang}/join/${code}`);
	await enterNickname(page, lang, nickname);
	return { context, page };
}

/** Each student gets an own order: Next until a question with radio buttons is on screen. */
export async function toRadioQuestion(page: Page) {
	await classExpect(onScreen(page)).toBeVisible();
	for (let i = 0; i < 40; i++) {
		if ((await onScreen(page).getByRole('radio').count()) > 0) return;
		await page.getByRole('button', { name: /^(Következő|Next)/ }).click();
		await classExpect(page.locator('.progress strong')).toContainText(String(i + 2));
	}
	throw new Error('no question with radio buttons');
}

/** From wherever the student is: Next to the last question, the review, and submit. */
export async function submitAll(page: Page) {
	const review = page.getByRole('button', { name: /^(Átnézem a válaszaimat|Review my answers)$/ });
	for (let i = 0; i < 40 && !(await review.isVisible()); i++)
		await page.getByRole('button', { name: /^(Következő|Next)/ }).click();
	await review.click();
	await page.getByTestId('submit').click();
	// After Submit the keyboard is at the result.
	await classExpect(page.locator('#result-heading')).toBeFocused();
}

/**
 * The resume token a student's browser keeps for a class code (the join page's "continue as"):
 * the attempt page's address holds none.
 */
export async function resumeTokenOf(page: Page, code: string): Promise<string> {
	const read = () =>
		page.evaluate(
			(c) => String(JSON.parse(localStorage.getItem('classroom:joined') ?? '{}')[c]?.token ?? ''),
			code
		);
	// The attempt page stores it once it has hydrated.
	await expect.poll(read).toMatch(/^[\w-]{43}$/);
	return read();
}
