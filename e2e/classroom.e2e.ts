import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import {
	enterNickname,
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	expectNoRawKeys,
	joinByCode,
	onScreen,
	resumeTokenOf,
	submitAll,
	toRadioQuestion,
	waitForHydration
} from './helpers';

// These tests drive several browser contexts and the database; on a shared, busy machine they need room.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

/**
 * Creates an assignment of the `article` quiz as a teacher and returns its code and private link.
 * The new assignment must also appear under "My assignments" at once, without reloading the page.
 */
async function createAssignment(
	page: Page,
	lang: 'hu' | 'en',
	title: string,
	mode: 'test' | 'practice' = 'test'
) {
	await page.goto(`/${lang}/teacher`);
	await page.locator('#title').fill(title);
	await page.locator(`input[name="mode"][value="${mode}"]`).check();
	// A mark that a reload would wipe out.
	await page.evaluate(() => Object.assign(window, { notReloaded: true }));
	await page
		.getByRole('button', { name: lang === 'en' ? 'Create assignment' : 'Feladat létrehozása' })
		.click();
	const code = (await page.getByTestId('class-code').first().innerText()).replace(/\s/g, '');
	const teacherUrl = await page.getByTestId('teacher-link').getAttribute('href');
	expect(code).toMatch(/^[2-9A-HJKMNP-TW-Z]{8}$/);
	expect(teacherUrl).toMatch(/\/teacher\/a\/[\w-]{16}\/[\w-]{43}$/);
	await expect(page.getByTestId('my-assignments').getByRole('listitem').first()).toContainText(
		title
	);
	expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
	return { code, teacherUrl: teacherUrl! };
}

const saved = (page: Page) =>
	expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved');

/**
 * Goes to the question that `has` finds: each student gets the questions in an order of their own,
 * so tests look a question up by its content, from the first one on.
 */
async function goTo(page: Page, has: (q: Locator) => Locator) {
	const back = page.getByRole('button', { name: /^(Előző|Previous)$/ });
	while (await back.isEnabled()) await back.click();
	for (let i = 0; i < 40; i++) {
		if ((await has(onScreen(page)).count()) > 0) return;
		await page.getByRole('button', { name: /^(Következő|Next)/ }).click();
	}
	throw new Error('question not found');
}

/** The id of the attempt in progress, as the student's browser keeps it. */
const attemptIdOf = (page: Page) =>
	page.evaluate(
		() =>
			Object.keys(localStorage)
				.find((k) => k.startsWith('quiz-progress:attempt:'))
				?.split(':')[2]
	);

const whoMet = (lang: 'hu' | 'en') => (q: Locator) =>
	q.locator('.prompt', {
		hasText: lang === 'hu' ? 'Kivel tárgyalt Szergej Sojgu' : 'Who did Sergei Shoigu hold talks'
	});
const firstTrip = (q: Locator) => q.locator('.prompt', { hasText: /első útja|first trip/ });

test('a class takes an assignment: answers survive a reload, the dashboard and CSV show both students', async ({
	page,
	browser
}) => {
	const { code, teacherUrl } = await createAssignment(page, 'en', '9.B <Tuesday>');

	const anna = await joinByCode(browser, 'hu', code, 'Anna');
	const ben = await joinByCode(browser, 'en', code, '=Ben');

	// One question per screen, with progress; a test gives no feedback before submitting.
	await expect(anna.page.getByText('13 kérdésből 0 megválaszolva')).toBeVisible();
	await expect(anna.page.getByRole('button', { name: 'Ellenőrzöm' })).toHaveCount(0);

	// Anna answers the first question right, reloads midway, finds it saved, and goes on.
	await goTo(anna.page, whoMet('hu'));
	const right = anna.page.getByLabel('Kim Dzsong-unnal, Észak-Korea vezetőjével');
	await right.check();
	await saved(anna.page);
	// The server refuses to check an answer in a test, and an answer in the bank's own ids.
	const annaToken = await resumeTokenOf(anna.page, code);
	const attemptId = await attemptIdOf(anna.page);
	const peek = (answer: unknown) =>
		anna.page.request.post('/api/classroom/check', {
			data: { token: annaToken, attemptId, questionId: 'article-who-met', answer }
		});
	const choice = await right.getAttribute('value');
	expect(choice).not.toBe('kim-jong-un');
	const refused = await peek({ type: 'single', choice });
	expect(refused.status()).toBe(403);
	expect((await refused.json()).error).toBe('check_not_allowed');
	expect((await peek({ type: 'single', choice: 'kim-jong-un' })).status()).toBe(400);
	await anna.page.reload();
	await goTo(anna.page, whoMet('hu'));
	await expect(right).toBeChecked();
	// She ticks one topic of the multi-select and unticks it again: the clear is saved like an answer,
	// so after a reload the question is unanswered, and the server grades it as unanswered.
	const answered = anna.page.getByText(/kérdésből \d+ megválaszolva/);
	const topic = (q: Locator) => q.getByRole('checkbox', { name: 'kétoldalú kérdésekről' });
	await goTo(anna.page, topic);
	await topic(onScreen(anna.page)).check();
	await saved(anna.page);
	await expect(answered).toContainText('kérdésből 2 megválaszolva');
	await topic(onScreen(anna.page)).uncheck();
	await expect(answered).toContainText('kérdésből 1 megválaszolva');
	await saved(anna.page);
	await anna.page.reload();
	await goTo(anna.page, topic);
	await expect(topic(onScreen(anna.page))).not.toBeChecked();
	await expect(answered).toContainText('kérdésből 1 megválaszolva');
	await goTo(anna.page, firstTrip);
	await onScreen(anna.page).getByRole('radio', { name: 'Hamis', exact: true }).check();
	await saved(anna.page);
	await submitAll(anna.page);
	// One ticked topic would have earned a third of a point had the server kept it.
	await expect(anna.page.getByTestId('score')).toHaveText('13 pontból 2 pontot szereztél (15%).');
	const items = anna.page.getByTestId('result-item');
	await expect(items).toHaveCount(13);
	await expect(items.filter({ hasText: 'miről volt szó a találkozón' })).toContainText(
		'nincs válasz'
	);
	await expect(items.filter({ hasText: 'Kivel tárgyalt' })).toHaveAttribute(
		'data-verdict',
		'right'
	);

	// Ben answers both wrong, in English.
	await goTo(ben.page, whoMet('en'));
	await ben.page.getByLabel('Vladimir Putin, Russia’s president').check();
	await goTo(ben.page, firstTrip);
	await onScreen(ben.page).getByRole('radio', { name: 'True', exact: true }).check();
	await saved(ben.page);
	await submitAll(ben.page);
	await expect(ben.page.getByTestId('score')).toHaveText('You scored 0 out of 13 points (0%).');
	// The teacher shows the answers: each question is marked, with the right answer and why.
	const benItem = ben.page.getByTestId('result-item').filter({ hasText: 'Who did Sergei Shoigu' });
	await expect(benItem).toHaveAttribute('data-verdict', 'wrong');
	await expect(benItem).toContainText(/Correct answer\s*Kim Jong Un, North Korea’s leader/);
	await benItem.getByText('Why?', { exact: true }).click();
	await expect(benItem).toContainText('The article’s first sentence says');

	// The teacher's dashboard (polled live) shows both with their scores and the item analysis.
	await page.goto(teacherUrl);
	await expect(page.getByTestId('counts')).toContainText('0 working, 2 submitted');
	// The overview's average is of the two submitted attempts: 2 of 13 points and 0 of 13.
	await expect(page.getByTestId('overview').locator('[data-key="average"] dd')).toHaveText('7.7%');
	const students = page.getByTestId('students');
	await expect(students.locator('tbody tr', { hasText: 'Anna' })).toContainText(/2 \/ \d+/);
	await expect(students.locator('tbody tr', { hasText: '=Ben' })).toContainText(/0 \/ \d+ \(0%\)/);
	const firstItem = page.getByTestId('items').getByRole('row').nth(1);
	await expect(firstItem).toContainText('50%');
	await expect(firstItem).toContainText('Vladimir Putin, Russia’s president');

	// The CSV holds a header and one row per student, with the formula guard on "=Ben".
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download results (CSV)' }).click();
	const file = await (await download).createReadStream();
	let csv = '';
	for await (const chunk of file) csv += chunk.toString('utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	expect(lines).toHaveLength(3);
	expect(lines.some((l) => l.startsWith('Anna,hu,Submitted,1,2,'))).toBe(true);
	expect(lines.some((l) => l.startsWith("'=Ben,en,Submitted,1,0,"))).toBe(true);

	// Ben can read neither Anna's attempt nor the dashboard.
	const annaAttempt = attemptId;
	const benToken = await resumeTokenOf(ben.page, code);
	const steal = await ben.page.request.post('/api/classroom/submit', {
		data: { token: benToken, attemptId: annaAttempt, lang: 'en' }
	});
	expect(steal.status()).toBe(404);
	const wrongKey = teacherUrl.replace(/.{4}$/, 'AAAA');
	expect((await ben.page.goto(wrongKey))!.status()).toBe(404);
	const id = teacherUrl.split('/').at(-2);
	expect((await ben.page.request.get(`/api/classroom/assignments/${id}`)).status()).toBe(404);
	expect((await ben.page.goto(`/en/attempt/${'A'.repeat(43)}`))!.status()).toBe(404);
	// A score sent by the browser is refused, and malformed bodies get a 4xx, never a 500.
	const forged = await ben.page.request.post('/api/classroom/submit', {
		data: { token: benToken, attemptId: annaAttempt, lang: 'en', score: 99 }
	});
	expect(forged.status()).toBe(400);
	for (const url of ['/api/classroom/answers', '/api/classroom/check']) {
		const junk = await ben.page.request.post(url, {
			headers: { 'content-type': 'application/json' },
			data: '{"token":'
		});
		expect(junk.status()).toBe(400);
	}
	await anna.context.close();
	await ben.context.close();
});

test('the resume token stays out of addresses and Referers; its link opens the attempt in another browser', async ({
	page,
	browser
}) => {
	const one = await createAssignment(page, 'en', 'Cookie one', 'practice');
	const two = await createAssignment(page, 'en', 'Cookie two', 'practice');

	// One browser joins both classes; every request's address and Referer is recorded.
	const context = await browser.newContext();
	const s = await context.newPage();
	const seen: Promise<string[]>[] = [];
	context.on('request', (r) =>
		seen.push(r.allHeaders().then((h) => [`${r.method()} ${r.url()}`, `referer ${h.referer}`]))
	);
	const joinAs = async (code: string, nickname: string) => {
		await s.goto(`/en/join/${code}`);
		await enterNickname(s, 'en', nickname);
		return { url: s.url(), token: await resumeTokenOf(s, code) };
	};
	const first = await joinAs(one.code, 'Cleo');
	await toRadioQuestion(s);
	await onScreen(s).getByRole('radio').first().check();
	await saved(s);
	const second = await joinAs(two.code, 'Cleo');
	await toRadioQuestion(s);
	await onScreen(s).getByRole('radio').first().check();
	await saved(s);
	expect(first.url).not.toBe(second.url);
	// Both attempts still open in this browser, each with its answer kept.
	for (const [at, title] of [
		[first.url, 'Cookie one'],
		[second.url, 'Cookie two']
	]) {
		await s.goto(at);
		await expect(s.locator('h1')).toHaveText(title);
		await expect(s.getByText('1 of 13 answered')).toBeVisible();
	}
	// The cookies are HttpOnly, SameSite=Strict and scoped to each attempt's own address.
	const resume = (await context.cookies()).filter((c) => c.name === 'resume');
	expect(resume.map((c) => c.path).sort()).toEqual(
		[first.url, second.url]
			.flatMap((u) => {
				const path = new URL(u).pathname;
				return [path, path.replace(/^\/en\//, '/hu/')];
			})
			.sort()
	);
	expect(resume.every((c) => c.httpOnly && c.sameSite === 'Strict')).toBe(true);
	const lines = (await Promise.all(seen)).flat();
	expect(lines.length).toBeGreaterThan(10);
	for (const token of [first.token, second.token]) {
		expect(lines.filter((l) => l.includes(token))).toEqual([]);
	}

	// Another browser, without the cookie: a translated refusal at the keyless address, in English
	// and in Hungarian.
	const other = await browser.newContext({ locale: 'hu-HU' });
	const o = await other.newPage();
	const refused = await o.goto(first.url);
	expect(refused!.status()).toBe(404);
	await expect(o.locator('body')).toContainText('This browser cannot open this attempt');
	expect((await o.goto(first.url.replace('/en/', '/hu/')))!.status()).toBe(404);
	await expect(o.locator('body')).toContainText('Ez a böngésző nem nyithatja meg ezt a megoldást');
	// The resume link (shared, in a QR code, saved by the join page) sets the cookie there and
	// moves on to the keyless address; nothing after the link itself carries the token.
	const referers: Promise<string>[] = [];
	o.on('request', (r) => referers.push(r.allHeaders().then((h) => h.referer ?? '')));
	await o.goto(`/en/attempt/${first.token}`);
	await o.waitForURL(first.url);
	await expect(o.locator('h1')).toHaveText('Cookie one');
	await expect(o.getByText('1 of 13 answered')).toBeVisible();
	expect((await Promise.all(referers)).filter((r) => r.includes(first.token))).toEqual([]);
	await context.close();
	await other.close();
});

test('what a teacher types and picks before the page has hydrated is kept', async ({ page }) => {
	// The app's JavaScript is held back until the form is filled in, as on a slow connection.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/en/teacher', { waitUntil: 'domcontentloaded' });
	await page.locator('#title').fill('Typed early');
	await page.locator('input[name="mode"][value="practice"]').check();
	await page.locator('#opens_at').fill('2030-01-02T08:00');
	release();
	await waitForHydration(page);
	await expect(page.locator('#title')).toHaveValue('Typed early');
	await expect(page.locator('input[name="mode"][value="practice"]')).toBeChecked();
	await expect(page.locator('#opens_at')).toHaveValue('2030-01-02T08:00');
});

test('the same new-assignment form sent twice makes one assignment', async ({ page }) => {
	const { code } = await createAssignment(page, 'en', 'Once');
	const mine = page.getByTestId('my-assignments').getByRole('listitem');
	const listed = await mine.count();
	// A second click of Create, the form unchanged: the same assignment comes back.
	const answered = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await answered;
	await expect(page.getByRole('button', { name: 'Create assignment' })).toBeEnabled();
	await expect(page.getByTestId('class-code').first()).toHaveText(
		`${code.slice(0, 4)} ${code.slice(4)}`
	);
	await expect(mine).toHaveCount(listed);
	// Without JavaScript, two posts of one form at once (a double click): one assignment.
	const form = {
		title: 'Twice',
		quizzes: 'article',
		mode: 'test',
		lang: 'choice',
		attempts: '1',
		once: '0123456789abcdef'.repeat(2)
	};
	const post = () =>
		page.request.post('/en/teacher', {
			form,
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
	const codes = await Promise.all(
		(await Promise.all([post(), post()])).map(async (r) => {
			expect(r.status()).toBe(200);
			return /data-testid="class-code"[^>]*>([^<]+)</.exec(await r.text())?.[1];
		})
	);
	expect(codes[0]).toMatch(/^[2-9A-HJKMNP-TW-Z]{4} [2-9A-HJKMNP-TW-Z]{4}$/);
	expect(codes[1]).toBe(codes[0]);
});

test('wrong codes and nicknames get clear answers; practice answers are checked one by one', async ({
	page
}) => {
	await page.goto('/en/join');
	await page.locator('#code').fill('OOOOOO');
	await page.locator('#code').press('Enter');
	await expect(page.getByRole('alert')).toContainText('eight letters and digits');
	await page.locator('#code').fill('ZZZ 999');
	await page.locator('#code').press('Enter');
	await expect(page.getByRole('alert')).toContainText('There is no class with this code');

	const { code } = await createAssignment(page, 'hu', 'Nicknames', 'practice');
	await page.goto(`/hu/join/${code}`);
	await enterNickname(page, 'hu', 'Zoé');

	// In practice, the server checks one answer at a time, with the keyboard too.
	await goTo(page, whoMet('hu'));
	const checkButton = page.getByRole('button', { name: 'Ellenőrzöm' });
	// Nothing to check yet: an empty answer is never sent for grading.
	await expect(checkButton).toBeDisabled();
	await page.getByLabel('Vlagyimir Putyinnal, Oroszország elnökével').check();
	await checkButton.focus();
	await page.keyboard.press('Enter');
	const feedback = page.locator('.feedback');
	await expect(feedback).toContainText('Nem egészen.');
	await expect(feedback).toContainText('A cikk első mondata szerint');
	await expect(feedback).toBeFocused();
	// A checked answer is final until the student asks to try again; then the feedback goes.
	await expect(page.getByLabel('Kim Dzsong-unnal, Észak-Korea vezetőjével')).toBeDisabled();
	await page.getByRole('button', { name: 'Újrapróbálom ezt a kérdést' }).click();
	await expect(feedback).toHaveCount(0);
	await page.getByLabel('Kim Dzsong-unnal, Észak-Korea vezetőjével').check();
	await checkButton.click();
	await expect(feedback).toContainText('Helyes!');
	await feedback.getByRole('link', { name: 'Mutasd meg a szövegben' }).click();
	await page.waitForURL(/\/hu\/shoigu-pyongyang-2024\/explainer#meeting-who$/);
	await page.context().clearCookies();
	await page.evaluate(() => localStorage.clear());
	await page.goto(`/hu/join/${code}`);
	await page.locator('#nickname').fill('ZOÉ');
	await page.locator('#nickname').press('Enter');
	await expect(page.getByRole('alert')).toContainText('már használja valaki');
	await expect(page.locator('#nickname')).toHaveValue('ZOÉ (2)');
});

for (const lang of ['hu', 'en'] as const) {
	test(`teacher, dashboard, join and attempt pages pass axe in ${lang}`, async ({ page }) => {
		await page.goto(`/${lang}/teacher`);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await expectNoHorizontalScroll(page);
		const { code, teacherUrl } = await createAssignment(page, lang, 'Axe', 'practice');
		await expectNoAxeViolations(page);
		await page.goto(`/${lang}/join`);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await page.goto(`/${lang}/join/${code}`);
		await expectNoAxeViolations(page);
		await enterNickname(page, lang, 'Axel');
		// Scanned with practice feedback on screen, the attempt page's fullest state.
		await goTo(page, whoMet(lang));
		await onScreen(page).getByRole('radio').first().check();
		await page
			.getByRole('button', { name: lang === 'hu' ? 'Ellenőrzöm' : 'Check my answer' })
			.click();
		await expect(page.locator('.feedback')).toBeVisible();
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await page.goto(teacherUrl.replace(/^\/(hu|en)/, `/${lang}`));
		await expectNoRawKeys(page);
		await expect(page.getByTestId('counts')).toContainText(
			lang === 'en' ? '1 working' : '1 dolgozik'
		);
		// The overview card at the top agrees with the counts line: one student, working, no average yet.
		const overview = page.getByTestId('overview');
		await expect(overview.locator('[data-key="joined"] dd')).toHaveText('1');
		await expect(overview.locator('[data-key="working"] dd')).toHaveText('1');
		await expect(overview.locator('[data-key="average"] dd')).toHaveText(
			lang === 'en' ? 'none yet' : 'még nincs'
		);
		await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });
	});
}
