import { expect, test, type Locator, type Page } from '@playwright/test';
import { quizzes } from '../src/lib/content/questions';
import type { MatchQuestion } from '../src/lib/quiz/types';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectNoRawKeys, langs } from './helpers';

const text = {
	hu: {
		start: 'Kezdjük!',
		test: 'Teszt',
		practice: 'Gyakorlás',
		next: 'Következő',
		back: 'Előző',
		review: 'Átnézem a válaszaimat',
		submit: 'Beküldöm a válaszaimat',
		check: 'Ellenőrzöm',
		retry: /Újra kitöltöm/,
		result: 'Az eredményed',
		progress: (n: number, total: number) => `${n}. kérdés / ${total}`,
		evidence: /Mutasd meg a (szövegben|grafikonon)/,
		notice: /Nem tudtuk beolvasni/,
		changed: /Néhány kérdés megváltozott/,
		notFound: 'Ilyen nevű kvíz nincs.'
	},
	en: {
		start: 'Start the quiz',
		test: 'Test',
		practice: 'Practice',
		next: 'Next',
		back: 'Previous',
		review: 'Review my answers',
		submit: 'Submit my answers',
		check: 'Check my answer',
		retry: /Take the quiz again/,
		result: 'Your result',
		progress: (n: number, total: number) => `Question ${n} of ${total}`,
		evidence: /Show me in the (text|chart)/,
		notice: /could not read the progress/,
		changed: /Some questions have changed/,
		notFound: 'There is no quiz with this name.'
	}
} as const;

// Axe scans at two viewports and whole quizzes take a while on a shared machine.
test.describe.configure({ timeout: 240_000 });

const counts = { article: 13, context: 12, data: 12, words: 12 };

/** Presses Tab (never clicks) until `target` has the focus. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 60; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the element with Tab');
}

/** Answers the question on screen with the keyboard alone, whatever its type. */
async function answerByKeyboard(page: Page, lang: 'hu' | 'en') {
	const q = page.locator('section.question');
	if ((await q.locator('input[type=radio], input[type=checkbox]').count()) > 0) {
		await tabTo(page, q.locator('input').first());
		await page.keyboard.press('Space');
	} else if ((await q.locator('select').count()) > 0) {
		for (const select of await q.locator('select').all()) {
			await tabTo(page, select);
			await page.keyboard.press('ArrowDown');
		}
	} else if ((await q.locator('ol.order').count()) > 0) {
		await tabTo(page, q.locator('ol.order button:not([disabled])').first());
		await page.keyboard.press('Enter');
	} else {
		await tabTo(page, q.locator('input[type=text]'));
		await page.keyboard.type(lang === 'hu' ? '24' : 'Vostochny');
	}
}

async function startQuiz(page: Page, lang: 'hu' | 'en', quiz: string, mode: 'test' | 'practice') {
	await page.goto(`/${lang}/shoigu-pyongyang-2024/quizzes/${quiz}`);
	await page.locator('form[data-ready]').waitFor();
	await page.getByRole('radio', { name: new RegExp(text[lang][mode]) }).check();
	await page.getByRole('button', { name: text[lang].start }).click();
	await expect(
		page.getByText(text[lang].progress(1, counts[quiz as keyof typeof counts]))
	).toBeVisible();
}

for (const lang of langs) {
	const t = text[lang];

	test(`${lang}: the list shows every quiz with its count, accessibly`, async ({ page }) => {
		await page.goto(`/${lang}/shoigu-pyongyang-2024/quizzes`);
		await expect(page.locator('h1')).toHaveCount(1);
		for (const [id, count] of Object.entries(counts)) {
			const card = page.locator('li', {
				has: page.locator(`a[href="/${lang}/shoigu-pyongyang-2024/quizzes/${id}"]`)
			});
			await expect(card).toContainText(String(count));
		}
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await expectNoHorizontalScroll(page);
	});

	test(`${lang}: an unknown quiz is a localized 404`, async ({ page }) => {
		const response = await page.goto(`/${lang}/shoigu-pyongyang-2024/quizzes/nope`);
		expect(response?.status()).toBe(404);
		await expect(page.getByText(t.notFound)).toBeVisible();
	});

	test(`${lang}: a whole quiz with the keyboard only, then the result`, async ({ page }) => {
		await page.goto(`/${lang}/shoigu-pyongyang-2024/quizzes/context`);
		await page.locator('form[data-ready]').waitFor();
		// Tab lands on the checked mode (practice); the arrow key moves to test, as in any radio group.
		await tabTo(page, page.getByRole('radio', { name: new RegExp(t.practice) }));
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: new RegExp(t.test) })).toBeChecked();
		await tabTo(page, page.getByRole('button', { name: t.start }));
		await page.keyboard.press('Enter');
		for (let n = 1; n <= counts.context; n++) {
			await expect(page.getByText(t.progress(n, counts.context))).toBeVisible();
			// After moving on, the keyboard starts at the new question.
			if (n > 1) await expect(page.locator('section.question h2')).toBeFocused();
			await answerByKeyboard(page, lang);
			await tabTo(page, page.getByRole('button', { name: n < counts.context ? t.next : t.review }));
			await page.keyboard.press('Enter');
		}
		await tabTo(page, page.getByRole('button', { name: t.submit }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: t.result })).toBeVisible();
		await expect(page.locator('.results > li')).toHaveCount(counts.context);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await expectNoHorizontalScroll(page);
	});

	test(`${lang}: a reload in the middle resumes at the same question with the answers`, async ({
		page
	}) => {
		await startQuiz(page, lang, 'article', 'practice');
		const first = page
			.locator('section.question input[type=radio], section.question input[type=checkbox]')
			.first();
		const firstValue = await first.getAttribute('value');
		await first.check();
		await page.getByRole('button', { name: t.check }).click();
		await expect(page.locator('.feedback')).toBeVisible();
		await page.getByRole('button', { name: t.next }).click();
		await expect(page.getByText(t.progress(2, counts.article))).toBeVisible();
		await page.reload();
		await expect(page.getByText(t.progress(2, counts.article))).toBeVisible();
		await page.getByRole('button', { name: t.back }).click();
		await expect(page.locator(`section.question input[value="${firstValue}"]`)).toBeChecked();
		await expect(page.locator('.feedback')).toBeVisible();
	});

	test(`${lang}: switching language keeps the answers and the position`, async ({ page }) => {
		const other = lang === 'hu' ? 'en' : 'hu';
		await startQuiz(page, lang, 'article', 'test');
		const option = page.locator('section.question input').nth(1);
		const value = await option.getAttribute('value');
		const label = await page.locator('section.question label').nth(1).innerText();
		await option.check();
		await page.getByRole('button', { name: t.next }).click();
		await expect(page.getByText(t.progress(2, counts.article))).toBeVisible();
		await page.locator('header a[hreflang]').click();
		await expect(page).toHaveURL(new RegExp(`/${other}/shoigu-pyongyang-2024/quizzes/article$`));
		await expect(page.locator('html')).toHaveAttribute('lang', other);
		await expect(page.getByText(text[other].progress(2, counts.article))).toBeVisible();
		await page.getByRole('button', { name: text[other].back }).click();
		await expect(page.locator(`section.question input[value="${value}"]`)).toBeChecked();
		// Same option, now labelled in the other language.
		await expect(
			page
				.locator('section.question label')
				.filter({ has: page.locator(`input[value="${value}"]`) })
		).not.toHaveText(label);
		await expectNoRawKeys(page);
	});

	test(`${lang}: a table question is accessible and fits a small phone`, async ({ page }) => {
		await startQuiz(page, lang, 'data', 'practice');
		for (
			let i = 0;
			i < counts.data && (await page.locator('section.question table').count()) === 0;
			i++
		)
			await page.getByRole('button', { name: t.next }).click();
		await expect(page.locator('section.question table caption')).toBeVisible();
		await expectNoAxeViolations(page);
		await expectNoHorizontalScroll(page);
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({
				path: `test-results/quiz-${lang}-table-${width}.png`,
				fullPage: true
			});
		}
	});

	test(`${lang}: review, result and the evidence link`, async ({ page }) => {
		await startQuiz(page, lang, 'words', 'test');
		await answerByKeyboard(page, lang);
		for (let n = 1; n < counts.words; n++) await page.getByRole('button', { name: t.next }).click();
		await page.getByRole('button', { name: t.review }).click();
		await expect(page.locator('ol.review > li')).toHaveCount(counts.words);
		await page.getByRole('button', { name: t.submit }).click();
		await expect(page.getByRole('heading', { name: t.result })).toBeFocused();
		// The score ring's number is text; the ring itself is hidden from assistive technology.
		await expect(page.getByTestId('score-percent')).toHaveText(/^\d+\s?%$/);
		await expect(page.locator('.ring svg')).toHaveAttribute('aria-hidden', 'true');
		await expect(page.getByRole('button', { name: t.retry })).toBeVisible();
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({
				path: `test-results/quiz-${lang}-result-${width}.png`,
				fullPage: true
			});
		}
		// The explanation and its evidence link open on demand.
		await page.locator('.results details summary').first().click();
		const link = page.getByRole('link', { name: t.evidence }).first();
		const href = await link.getAttribute('href');
		expect(href).toMatch(
			new RegExp(`^/${lang}/(shoigu-pyongyang-2024/explainer|timeline)#[a-z0-9-]+$`)
		);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
	});

	test(`${lang}: a broken or stale save is discarded with a notice`, async ({ page }) => {
		await page.goto(`/${lang}/shoigu-pyongyang-2024/quizzes`);
		await page.evaluate(() => localStorage.setItem('quiz-progress:article', '{not json'));
		await page.goto(`/${lang}/shoigu-pyongyang-2024/quizzes/article`);
		await expect(page.getByRole('status').filter({ hasText: t.notice })).toBeVisible();
		await expect(page.getByRole('button', { name: t.start })).toBeVisible();

		await startQuiz(page, lang, 'article', 'test');
		await page.locator('section.question input').first().check();
		// Pretend the first question changed since the answer was saved.
		await page.evaluate(() => {
			const saved = JSON.parse(localStorage.getItem('quiz-progress:article')!);
			for (const id of Object.keys(saved.fingerprints)) saved.fingerprints[id] = 1;
			localStorage.setItem('quiz-progress:article', JSON.stringify(saved));
		});
		await page.reload();
		await expect(page.getByRole('status').filter({ hasText: t.changed })).toBeVisible();
		await expect(page.getByText(t.progress(1, counts.article))).toBeVisible();
		await expect(page.locator('section.question input:checked')).toHaveCount(0);
	});
}

test('practice: the server checks an answer, offline it waits, and the feedback takes the focus', async ({
	page,
	context
}) => {
	await startQuiz(page, 'en', 'article', 'practice');
	// After Start the keyboard is at the first question.
	await expect(page.locator('section.question h2')).toBeFocused();
	await answerByKeyboard(page, 'en');
	await context.setOffline(true);
	await page.getByRole('button', { name: text.en.check }).click();
	const waiting = page.getByText(/You are offline\. Your answer is kept/);
	await expect(waiting).toBeVisible();
	await expect(page.locator('.feedback')).toHaveCount(0);
	await context.setOffline(false);
	await expect(page.locator('.feedback')).toBeVisible();
	await expect(waiting).toHaveCount(0);
	await expect(page.getByRole('link', { name: text.en.evidence })).toBeVisible();
	// The progress counts the answer, and says whether it was right.
	await expect(page.locator('.progress')).toContainText(/1 of 13 answered · [01] correct/);
	await expectNoAxeViolations(page);
});

for (const lang of langs) {
	test(`${lang}: after a check each option is marked right or wrong with an icon and words`, async ({
		page
	}) => {
		const words = {
			hu: { right: 'A válaszod: helyes', wrong: 'A válaszod: hibás', missed: 'Ez a helyes válasz' },
			en: { right: 'Your answer: right', wrong: 'Your answer: wrong', missed: 'The correct answer' }
		}[lang];
		await startQuiz(page, lang, 'article', 'practice');
		const options = page.locator('section.question label.choice');
		await expect(options.locator('[data-testid=option-mark]')).toHaveCount(0);
		await options.first().locator('input').check();
		await page.getByRole('button', { name: text[lang].check }).click();
		const feedback = page.locator('.feedback');
		await expect(feedback).toBeVisible();
		const chosen = options.first();
		// The dealt first question may take several answers: one right choice of two is "partly".
		await expect(chosen).toHaveAttribute('data-mark', /^(right|wrong)$/);
		const right = (await chosen.getAttribute('data-mark')) === 'right';
		const verdict = await feedback.evaluate((el) =>
			['ok', 'partial', 'bad'].find((c) => el.classList.contains(c))
		);
		expect(right ? ['ok', 'partial'] : ['bad']).toContain(verdict);
		await expect(chosen.getByTestId('option-mark')).toHaveText(right ? words.right : words.wrong);
		await expect(chosen.locator('[data-testid=option-mark] svg')).toHaveCount(1);
		// The right answer is marked: the chosen one, or another marked as the correct answer.
		const keyed = page.locator(
			'section.question label.choice:is([data-mark=right], [data-mark=missed])'
		);
		await expect(keyed.first()).toBeVisible();
		if (!right)
			await expect(
				page.locator('label[data-mark=missed]').first().getByTestId('option-mark')
			).toHaveText(words.missed);
		// Unchosen wrong options carry no mark.
		for (const option of await options.all())
			if ((await option.getAttribute('data-mark')) === 'wrong')
				await expect(option.locator('input')).toBeChecked();
	});
}

/** Clicks Next until the question on screen holds `selector`. */
async function seek(page: Page, lang: 'hu' | 'en', selector: string) {
	for (let i = 0; i < 15 && (await page.locator(`section.question ${selector}`).count()) === 0; i++)
		await page.getByRole('button', { name: text[lang].next }).click();
	await expect(page.locator(`section.question ${selector}`).first()).toBeVisible();
}

test('match pairs are marked after a check, wrong ones with the right partner; each instruction shows once', async ({
	page
}) => {
	const words = {
		hu: {
			right: 'A válaszod: helyes',
			wrong: 'A válaszod: hibás',
			partner: 'A helyes pár:',
			tryAgain: 'Újrapróbálom ezt a kérdést',
			multi: 'Jelöld meg az összes helyes választ!',
			match: /^Mindegyikhez válaszd ki a párját a lenyíló listából!/
		},
		en: {
			right: 'Your answer: right',
			wrong: 'Your answer: wrong',
			partner: 'The right match:',
			tryAgain: 'Try this question again',
			multi: 'Choose every correct answer.',
			match: /^Choose a match for each item from its list\./
		}
	};
	const question = quizzes.context.questions.find((q): q is MatchQuestion => q.type === 'match')!;
	const partnerOf = (leftId: string) => question.right.find((r) => r.id === question.key[leftId])!;
	for (const lang of langs) {
		const w = words[lang];
		// Progress is saved per quiz, not per language: each language starts afresh.
		await page.goto(`/${lang}/shoigu-pyongyang-2024/quizzes`);
		await page.evaluate(() => localStorage.clear());
		await startQuiz(page, lang, 'article', 'practice');
		await seek(page, lang, 'input[type=checkbox]');
		await expect(page.getByText(w.multi)).toHaveCount(1);

		await startQuiz(page, lang, 'context', 'practice');
		await seek(page, lang, 'select');
		await expect(page.locator('section.question').getByText(w.match)).toHaveCount(1);
		const pair = (leftText: string) =>
			page
				.locator('section.question .pair')
				.filter({ has: page.locator('label, .item').getByText(leftText, { exact: true }) });
		// Wrongly: each item gets the next item's partner.
		for (const [i, left] of question.left.entries()) {
			const wrong = partnerOf(question.left[(i + 1) % question.left.length].id);
			await pair(left.text[lang]).locator('select').selectOption({ label: wrong.text[lang] });
		}
		await expect(page.locator('section.question [data-testid=pair-mark]')).toHaveCount(0);
		await page.getByRole('button', { name: text[lang].check }).click();
		await expect(page.locator('.feedback')).toBeVisible();
		for (const left of question.left) {
			const row = pair(left.text[lang]);
			await expect(row).toHaveAttribute('data-mark', 'wrong');
			await expect(row.getByTestId('pair-mark')).toHaveText(w.wrong);
			await expect(row.locator('[data-testid=pair-mark] svg')).toHaveCount(1);
			await expect(row.getByTestId('pair-partner')).toHaveText(
				`${w.partner} ${partnerOf(left.id).text[lang]}`
			);
		}
		// Rightly, after trying again.
		await page.getByRole('button', { name: w.tryAgain }).click();
		await expect(page.locator('section.question [data-testid=pair-mark]')).toHaveCount(0);
		for (const left of question.left)
			await pair(left.text[lang])
				.locator('select')
				.selectOption({ label: partnerOf(left.id).text[lang] });
		await page.getByRole('button', { name: text[lang].check }).click();
		await expect(page.locator('.feedback.ok')).toBeVisible();
		for (const left of question.left) {
			const row = pair(left.text[lang]);
			await expect(row).toHaveAttribute('data-mark', 'right');
			await expect(row.getByTestId('pair-mark')).toHaveText(w.right);
			await expect(row.getByTestId('pair-partner')).toHaveCount(0);
		}
		await expectNoRawKeys(page);
	}
	await expectNoAxeViolations(page, { only: 'section.question' });
});
