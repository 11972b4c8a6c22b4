import { expect as baseExpect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { suggestedMark } from '../src/lib/classroom/marks';
import {
	enterNickname,
	expectNoAxeViolations,
	expectNoRawKeys,
	onScreen,
	submitAll,
	toRadioQuestion
} from './helpers';

// One lesson hour, with the server started as the README's `npm start` (see playwright.config.ts):
// no ORIGIN, reached through 127.0.0.2. Several contexts and the database: give it room.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 400_000 });

const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

async function text(download: Download): Promise<string> {
	let out = '';
	for await (const chunk of await download.createReadStream()) out += chunk.toString('utf8');
	return out;
}

async function bytes(download: Download): Promise<Buffer> {
	const parts: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) parts.push(chunk as Buffer);
	return Buffer.concat(parts);
}

/** After an action, focus must sit on something meaningful, never on <body>. */
async function expectFocusKept(page: Page) {
	expect(await page.evaluate(() => document.activeElement?.tagName ?? 'BODY')).not.toBe('BODY');
}

/**
 * Presses Tab until a radio button, or a button whose text starts with one of these words, has focus,
 * as a keyboard user would; returns what it reached.
 */
async function tabTo(page: Page, targets: string[], max = 400): Promise<string> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		await expectFocusKept(page);
		const hit = await page.evaluate((ts) => {
			const el = document.activeElement;
			if (el instanceof HTMLInputElement && el.type === 'radio') return 'radio';
			const label = el instanceof HTMLButtonElement ? (el.textContent?.trim() ?? '') : '';
			return ts.find((t) => t !== 'radio' && label.startsWith(t)) ?? null;
		}, targets);
		if (hit && targets.includes(hit)) return hit;
	}
	throw new Error(`Tab never reached ${targets.join(' or ')}`);
}

test('a lesson hour: class view, two students by the neutral link, marks, CSV and xlsx', async ({
	browser,
	page,
	baseURL
}) => {
	expect(new URL(String(baseURL)).hostname).toBe('127.0.0.2');

	// The teacher creates an assignment; the join link uses the address this browser used.
	await page.goto('/en/teacher');
	await page.locator('#title').fill('Lesson hour');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { name: 'Your assignment is ready' })).toBeFocused();
	const code = (await page.getByTestId('class-code').innerText()).replace(/\s/g, '');
	const joinHref = String(await page.getByTestId('join-link').getAttribute('href'));
	expect(joinHref).toBe(`${baseURL}/join/${code}`);
	const privateLink = String(await page.getByTestId('teacher-link').getAttribute('href'));
	const [id, key] = privateLink.split('/').slice(-2);

	// The class view: big code and QR, the short address, no key and no private link anywhere.
	await page.getByRole('link', { name: 'Show to the class' }).click();
	await page.waitForURL(`**/en/teacher/a/${id}/show`);
	const viewport = page.viewportSize()!;
	const qr = await page.locator('.qr svg').boundingBox();
	expect(qr!.height).toBeGreaterThanOrEqual(viewport.height / 2);
	const codeSize = await page
		.getByTestId('class-code')
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(codeSize).toBeGreaterThanOrEqual(viewport.height * 0.12);
	await expect(page.getByTestId('short-join')).toHaveText(
		`127.0.0.2:${new URL(joinHref).port}/join/${code}`
	);
	const html = await page.content();
	expect(html).not.toContain(key);
	expect(html).not.toContain(`/teacher/a/${id}/`.concat(key.slice(0, 8)));
	await expect(page.getByTestId('arrived-count')).toHaveText('0 students have joined');
	await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });
	await expectNoRawKeys(page);

	// Anna: Hungarian phone. The neutral link opens in her language, nickname field ready.
	const annaContext = await browser.newContext({ ...phone, locale: 'hu-HU' });
	const anna = await annaContext.newPage();
	await anna.goto(`/join/${code}`);
	await anna.waitForURL(`**/hu/join/${code}`);
	await expect(anna.locator('#nickname')).toBeFocused();
	await enterNickname(anna, 'hu', 'Anna');
	await toRadioQuestion(anna);
	const annaChoice = onScreen(anna).getByRole('radio').first();
	await annaChoice.check();
	await expect(anna.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved');
	// A reload midway loses nothing: the same question, answered.
	await anna.reload();
	await expect(onScreen(anna).getByRole('radio').first()).toBeChecked();

	// The class view counts her in without a reload.
	await expect(page.getByTestId('arrived-count')).toHaveText('1 student has joined');
	await expect(page.getByTestId('arrived')).toContainText('Anna');

	// Ben: English laptop, keyboard only, from the neutral link.
	const benContext = await browser.newContext({ locale: 'en-GB' });
	const ben = await benContext.newPage();
	await ben.goto(`/join/${code}`);
	await ben.waitForURL(`**/en/join/${code}`);
	await expect(ben.locator('#nickname')).toBeFocused();
	await ben.keyboard.type('Ben');
	await ben.keyboard.press('Enter');
	await ben.waitForURL('**/en/attempt/*');
	// One question per screen: Next, by keyboard, until one has radio buttons; answer it.
	await expect(onScreen(ben)).toBeVisible();
	for (let n = 2; (await onScreen(ben).getByRole('radio').count()) === 0; n++) {
		await tabTo(ben, ['Next']);
		await ben.keyboard.press('Enter');
		await expect(ben.locator('.progress strong')).toHaveText(`Question ${n} of 13`);
	}
	await tabTo(ben, ['radio']);
	await ben.keyboard.press('Space');
	await expectFocusKept(ben);
	await expect(ben.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved');
	// On to the last question and the review, then submit.
	while ((await tabTo(ben, ['Next', 'Review my answers'])) === 'Next') {
		await ben.keyboard.press('Enter');
		await expectFocusKept(ben);
	}
	await ben.keyboard.press('Enter');
	await expect(
		ben.getByRole('heading', { name: 'Check your answers before you submit' })
	).toBeFocused();
	await tabTo(ben, ['Submit my answers']);
	await ben.keyboard.press('Enter');
	await expect(ben.getByTestId('score')).toBeVisible();
	await expect(ben.locator('#result-heading')).toBeFocused();

	await submitAll(anna);
	await expect(anna.getByTestId('score')).toBeVisible();

	// The dashboard (keyless address, this browser's cookie) shows both with a mark each.
	await page.goto(`/en/teacher/a/${id}`);
	await expect(page.getByTestId('counts')).toContainText('2 submitted');
	const rows = page.getByTestId('students').locator('tbody tr');
	await expect(rows).toHaveCount(2);
	const shown = new Map<string, string>();
	for (const row of await rows.all()) {
		const name = (await row.locator('th').innerText()).trim();
		shown.set(name, (await row.getByTestId('mark').innerText()).trim());
	}

	// English CSV: commas and decimal points; the marks follow the default bands.
	let download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download results (CSV)' }).click();
	const en = (await text(await download))
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(en[0]).toMatch(/^Nickname,Language,Status,Attempts,Score,Maximum,Percent,Suggested mark,/);
	for (const line of en.slice(1)) {
		const [name, , , , score, max, percent, mark] = line.split(',');
		expect(percent).not.toContain(';');
		expect(Number(mark)).toBe(suggestedMark(Number(score), Number(max)));
		expect(shown.get(name)).toBe(mark);
	}

	// Hungarian CSV and xlsx: semicolons and decimal commas; the same marks.
	await page.goto(`/hu/teacher/a/${id}`);
	await expectNoRawKeys(page);
	download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Eredmények letöltése (CSV)' }).click();
	const hu = (await text(await download))
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(hu[0]).toMatch(/^Becenév;Nyelv;Állapot;Próbálkozások;Pontszám;Maximum;Százalék;/);
	for (const line of hu.slice(1)) {
		const cells = line.split(';');
		const [score, max, percent, mark] = cells.slice(4, 8);
		expect(percent).not.toContain('.');
		const value = (s: string) => Number(s.replace(',', '.'));
		expect(Number(mark)).toBe(suggestedMark(value(score), value(max)));
	}
	download = page.waitForEvent('download');
	await page.getByRole('button', { name: /\.xlsx/ }).click();
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(await bytes(await download));
	const sheet = workbook.worksheets[0];
	expect(sheet.getRow(1).getCell(8).value).toBe('Javasolt érdemjegy');
	expect(sheet.rowCount).toBe(3);
	for (const n of [2, 3]) {
		const row = sheet.getRow(n);
		const name = String(row.getCell(1).value);
		const mark = row.getCell(8).value;
		expect(typeof row.getCell(7).value).toBe('number');
		expect(String(mark)).toBe(shown.get(name));
	}
	// A second sheet names the lesson and quiz of the question columns (the form's first quiz).
	const quizzes = workbook.worksheets[1];
	expect(quizzes.name).toBe('Kvízek');
	const cells = (n: number) => [1, 2, 3].map((i) => quizzes.getRow(n).getCell(i).value);
	expect(cells(1)).toEqual(['Lecke', 'Kvíz', 'Kérdések (oszlopok)']);
	expect(cells(2)).toEqual(['Sojgu Phenjanban', 'Értsd meg a cikket!', '1–13']);
	expect(quizzes.rowCount).toBe(2);

	// No page scrolls sideways at 320 px, and each has all its strings (its own namespaces).
	await page.setViewportSize({ width: 320, height: 700 });
	for (const path of [`/hu/teacher/a/${id}`, `/hu/teacher/a/${id}/show`, '/hu/join', '/hu']) {
		await page.goto(path);
		await expectNoRawKeys(page);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(320);
	}

	await annaContext.close();
	await benContext.close();
});

test('the teacher link leaves the address bar; other browsers get a translated refusal', async ({
	browser,
	page
}) => {
	await page.goto('/hu/teacher');
	await page.getByRole('button', { name: 'Feladat létrehozása' }).click();
	const privateLink = String(await page.getByTestId('teacher-link').getAttribute('href'));
	const [id] = privateLink.split('/').slice(-2);

	// On another device: the private link sets the cookie and moves to the keyless address.
	const other = await browser.newContext({ locale: 'hu-HU' });
	const phonePage = await other.newPage();
	const before = await phonePage.goto(`/hu/teacher/a/${id}`);
	expect(before!.status()).toBe(404);
	await expect(phonePage.locator('h1')).toHaveText('Az oldal nem található');
	await phonePage.goto(privateLink);
	await phonePage.waitForURL(`**/hu/teacher/a/${id}`);
	const cookies = await other.cookies();
	const cookie = cookies.find((c) => c.name === `teacher-${id}`);
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Strict');
	await expect(phonePage.getByTestId('counts')).toBeVisible();
	await expectNoAxeViolations(phonePage);

	// Bad mark thresholds: a translated 400, nothing stored.
	await phonePage.getByText('A jegyhatárok módosítása').click();
	await phonePage.locator('input[name="mark3"]').fill('30');
	await phonePage.getByRole('button', { name: 'A jegyhatárok mentése' }).click();
	await expect(phonePage.getByRole('alert')).toContainText('1 és 100 közötti egész');
	await phonePage.reload();
	await expect(phonePage.locator('input[name="mark3"]')).toHaveValue('55');
	const bad = await phonePage.request.post(`/hu/teacher/a/${id}?/marks`, {
		form: { mark2: '40', mark3: 'x', mark4: '70', mark5: '85' },
		headers: { origin: new URL(phonePage.url()).origin, accept: 'text/html' }
	});
	expect(bad.status()).toBe(400);
	// The lobby and exports refuse a browser without the cookie.
	const stranger = await browser.newContext();
	const s = await stranger.newPage();
	expect((await s.request.get(`/api/classroom/assignments/${id}/lobby`)).status()).toBe(404);
	expect((await s.goto(`/en/teacher/a/${id}/show`))!.status()).toBe(404);
	await expect(s.locator('body')).toContainText('Open your private link');

	// A form from another site is refused, in the reader's language, and stores nothing.
	const forged = await s.request.post('/hu/teacher', {
		form: { title: 'forged', quizzes: 'article', mode: 'test', lang: 'choice', attempts: '1' },
		headers: { origin: 'http://evil.example' }
	});
	expect(forged.status()).toBe(403);
	expect(await forged.text()).toContain('Az űrlapot nem fogadtuk el');
	await other.close();
	await stranger.close();
});

test('the join link follows the saved language; the class view passes axe in Hungarian', async ({
	browser,
	page,
	baseURL
}) => {
	await page.goto('/hu/teacher');
	await page.getByRole('button', { name: 'Feladat létrehozása' }).click();
	const code = (await page.getByTestId('class-code').innerText()).replace(/\s/g, '');
	await page.getByRole('link', { name: 'Megjelenítés az osztálynak' }).click();
	await expect(page.getByTestId('arrived-count')).toHaveText('0 diák csatlakozott');
	await expectNoRawKeys(page);
	await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });

	// A saved English choice beats a Hungarian browser; the code page gets focus on the code field.
	const context = await browser.newContext({ locale: 'hu-HU' });
	await context.addCookies([{ name: 'lang', value: 'en', url: String(baseURL) }]);
	const student = await context.newPage();
	await student.goto(`/join/${code}`);
	await student.waitForURL(`**/en/join/${code}`);
	await student.goto('/join');
	await student.waitForURL('**/en/join');
	await expect(student.locator('#code')).toBeFocused();
	await expect(
		student.getByRole('navigation').getByRole('link', { name: 'Join a class' })
	).toBeVisible();
	await context.close();
});
