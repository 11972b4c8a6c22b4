import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import {
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	expectNoRawKeys,
	joinByCode,
	langs,
	onScreen,
	submitAll,
	waitForHydration
} from './helpers';

// Lessons are data (issue #17): this server (playwright.config.ts, project lesson-folder) is the
// same build as every other spec's, started with LESSONS_DIR pointing at e2e/fixtures/lessons. The
// fixture's pages must work like the built lesson's, in both languages, with no code of their own.
const slug = 'putin-pyongyang-2024';
const folder = `e2e/fixtures/lessons/${slug}`;
const read = (file: string) => parse(readFileSync(`${folder}/${file}`, 'utf8'));
const meta = read('lesson.yaml');
const explainer = read('explainer.yaml');
const glossary = read('glossary.yaml');
const timeline = read('timeline.yaml');
const quiz = read('quizzes/treaty.yaml');
const charts = read('charts.yaml');
// The fact sheet the chart's series name (its figures, years and sources live there).
const facts: { id: string; year?: number; value: number | null; sources: { url: string }[] }[] =
	JSON.parse(readFileSync('src/lib/data/facts.json', 'utf8'));
const factById = (id: string) => facts.find((f) => f.id === id)!;
/** A chart text as the page shows it: `{figure:id}` is the fact's figure (whole numbers here). */
const filled = (text: string) =>
	text.replace(/\{figure:([a-z0-9-]+)\}/g, (_, id) => String(factById(id).value));
const csvHeader = { hu: 'Dátum;Adatsor;Érték', en: 'Date,Series,Value' } as const;
const other = { hu: 'en', en: 'hu' } as const;
const switchName = { hu: 'Váltás angol nyelvre', en: 'Switch to Hungarian' } as const;

for (const lang of langs) {
	test.describe(`the fixture lesson in ${lang}`, () => {
		test('the lesson index lists both lessons and leads to the fixture’s explainer', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto(`/${lang}/lessons`);
			const cards = page.locator('.lessons > li');
			await expect(cards).toHaveCount(2);
			// The default lesson comes first; the folder's lesson after it.
			await expect(cards.nth(1).getByRole('heading', { level: 2 })).toHaveText(meta.title[lang]);
			await expectNoRawKeys(page);
			await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });
			await cards
				.nth(1)
				.getByRole('link', { name: /Magyarázat|Explainer/ })
				.click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/explainer$`));
		});

		test('its explainer shows its own text, terms and sources, and passes axe', async ({
			page
		}) => {
			test.setTimeout(180_000);
			await page.goto(`/${lang}/${slug}/explainer`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText(new RegExp(meta.shortTitle[lang]));
			await expect(page.locator('.intro .lead')).toHaveText(explainer.lead[lang]);
			// The shell names this lesson, not the default one.
			await expect(page.locator('header .brand')).toContainText(meta.shortTitle[lang]);
			const [section] = explainer.sections;
			await expect(page.locator(`#h-${section.id}`)).toHaveText(section.title[lang]);
			for (const p of section.paragraphs) await expect(page.locator(`#${p.id}`)).toBeVisible();
			await expect(page.locator('section[id]')).toHaveCount(1);
			// Three glossary terms underlined, each opening its definition.
			await expect(page.locator('button.term')).toHaveCount(3);
			// The last one is the last term in both languages (ratification).
			await page.locator('button.term').last().click();
			await expect(page.getByRole('dialog')).toContainText(glossary.terms[2].definition[lang]);
			await page.keyboard.press('Escape');
			await expect(page.getByRole('dialog')).toHaveCount(0);
			await expectNoRawKeys(page);
			await expectNoAxeViolations(page);
			await expectNoHorizontalScroll(page);
		});

		test('its parallel view shows both languages side by side', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(`/${lang}/${slug}/explainer?parallel=1`);
			const [section] = explainer.sections;
			await expect(page.locator(`#h-${section.id} [lang="${other[lang]}"]`)).toHaveText(
				section.title[other[lang]]
			);
			await expect(
				page.locator(`#${section.paragraphs[0].id} [lang="${other[lang]}"]`)
			).not.toHaveCount(0);
			await expectNoAxeViolations(page, { widths: ['desktop'] });
		});

		test('switching language keeps the lesson and the section', async ({ page }) => {
			const [section] = explainer.sections;
			await page.goto(`/${lang}/${slug}/explainer#${section.id}`);
			await waitForHydration(page);
			await page.getByRole('link', { name: switchName[lang] }).click();
			await expect(page).toHaveURL(new RegExp(`/${other[lang]}/${slug}/explainer#${section.id}$`));
			await expect(page.locator(`#h-${section.id}`)).toHaveText(section.title[other[lang]]);
		});

		test('its timeline lists its three events with their sources, and its one chart', async ({
			page
		}) => {
			test.setTimeout(180_000);
			await page.goto(`/${lang}/${slug}/timeline`);
			const events = page.locator('#timeline-list .event');
			await expect(events).toHaveCount(timeline.events.length);
			for (const event of timeline.events)
				await expect(page.locator(`#${event.id}`)).toContainText(event.text[lang].title);
			// The event the article is about is marked as such.
			await expect(page.locator(`#${meta.article.fact}`)).toHaveClass(/\barticle\b/);
			// Each event leads to its own lesson's explainer, and to its place on that lesson's map.
			const first = timeline.events[0];
			await expect(page.locator(`#${first.id} .more a`)).toHaveAttribute(
				'href',
				`/${lang}/${slug}/explainer#${first.explainer}`
			);
			await expect(page.locator('a.on-map')).toHaveCount(timeline.events.length);

			// Its one chart, from charts.yaml: two facts of the fact sheet, none of the first lesson's.
			const [chart] = charts.charts;
			const [series] = chart.series;
			const points = (series.facts as string[]).map(factById);
			const figure = page.locator('#charts figure.chart');
			await expect(figure).toHaveCount(1);
			await expect(figure).toHaveAttribute('id', chart.id);
			await expect(
				page.locator('.toc').getByRole('link', { name: chart.title[lang] })
			).toHaveAttribute('href', `#${chart.id}`);
			await expect(figure.locator('h3')).toHaveText(chart.title[lang]);
			await expect(figure.locator('.takeaway')).toHaveText(filled(chart.takeaway[lang]));
			// Drawn from the lesson's own chart file when it comes near the screen.
			await figure.locator('canvas').scrollIntoViewIfNeeded();
			const canvas = figure.locator('canvas[data-values]');
			await expect(canvas).toHaveCount(1, { timeout: 30_000 });
			expect(JSON.parse((await canvas.getAttribute('data-values')) ?? '[]')).toEqual(
				points.map((p) => p.value)
			);
			// Its table: one row a year, with the series' figure.
			await figure.locator('details.data-table > summary').click();
			const rows = figure.locator('table tbody tr');
			await expect(rows).toHaveCount(points.length);
			for (const [i, point] of points.entries()) {
				await expect(rows.nth(i)).toContainText(String(point.year));
				await expect(rows.nth(i)).toContainText(String(point.value));
			}
			// Its sources: every source of both facts.
			await figure.locator('details.sources > summary').click();
			for (const url of new Set(points.flatMap((p) => p.sources.map((s) => s.url))))
				await expect(figure.locator(`details.sources a[href="${url}"]`)).toHaveCount(1);
			// Its data as CSV: the header, then one row per fact.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				figure.locator('a[download]').click()
			]);
			expect(download.suggestedFilename()).toBe(`${chart.id}-${lang}.csv`);
			const content = await readFile((await download.path())!, 'utf8');
			expect(content.charCodeAt(0)).toBe(0xfeff);
			const lines = content.slice(1).trimEnd().split('\r\n');
			expect(lines[0]).toMatch(new RegExp(`^${csvHeader[lang]}`));
			expect(
				lines.slice(1).map((line) => line.split(lang === 'hu' ? ';' : ',').slice(0, 3))
			).toEqual(points.map((p) => [String(p.year), series.label[lang], String(p.value)]));
			await expectNoRawKeys(page);
			await expectNoAxeViolations(page);
			await expectNoHorizontalScroll(page);
		});

		test('its glossary lists its three terms in both languages and searches them', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto(`/${lang}/${slug}/glossary`);
			const entries = page.locator('dl .entry');
			await expect(entries).toHaveCount(3);
			for (const term of glossary.terms)
				await expect(page.locator(`#term-${term.id}`)).toContainText(term.term[other[lang]]);
			await expect(page.getByRole('link', { name: /magyarázathoz|explainer/ })).toHaveAttribute(
				'href',
				`/${lang}/${slug}/explainer`
			);
			await expectNoAxeViolations(page);
			await page.goto(
				`/${lang}/${slug}/glossary?q=${encodeURIComponent(glossary.terms[2].term[lang])}`
			);
			await expect(entries).toHaveCount(1);
		});
	});
}

test('a lesson that is not there is a 404 in the reader’s language', async ({ page }) => {
	const response = await page.goto('/en/no-such-lesson/explainer');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectNoRawKeys(page);
});

test('the addresses from before lessons had slugs lead to the default lesson', async ({
	page,
	request
}) => {
	const moved = await request.get('/en/glossary?q=veto', { maxRedirects: 0 });
	expect(moved.status()).toBe(308);
	expect(moved.headers().location).toBe('/en/shoigu-pyongyang-2024/glossary?q=veto');
	const chart = await request.get('/hu/timeline/chart-trade.csv', { maxRedirects: 0 });
	expect(chart.headers().location).toBe('/hu/shoigu-pyongyang-2024/timeline/chart-trade.csv');
	expect((await request.get('/hu/timeline/chart-nope.csv', { maxRedirects: 0 })).status()).toBe(
		404
	);
	const quizzes = await request.get('/hu/quizzes', { maxRedirects: 0 });
	expect(quizzes.status()).toBe(308);
	expect(quizzes.headers().location).toBe('/hu/shoigu-pyongyang-2024/quizzes');
	const oneQuiz = await request.get('/en/quizzes/data?from=guide', { maxRedirects: 0 });
	expect(oneQuiz.status()).toBe(308);
	expect(oneQuiz.headers().location).toBe('/en/shoigu-pyongyang-2024/quizzes/data?from=guide');
	// A quiz that never was is a 404, as is the fixture's quiz under the old address (it is not
	// the default lesson's) and a quiz under a lesson it is not part of.
	for (const path of [
		'/hu/quizzes/nope',
		`/hu/quizzes/${quiz.id}`,
		`/hu/shoigu-pyongyang-2024/quizzes/${quiz.id}`
	])
		expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	// A lesson's chart files are its own charts': the first lesson's are not the fixture's.
	expect((await request.get(`/hu/${slug}/timeline/chart-trade.csv`)).status()).toBe(404);
	expect((await request.get(`/en/${slug}/timeline/chart-trade.json`)).status()).toBe(404);
	const own = await request.get(`/en/${slug}/timeline/${charts.charts[0].id}.json`);
	expect(own.status()).toBe(200);
	expect((await own.json()).title).toEqual(charts.charts[0].title);
	expect(
		(await request.get(`/hu/shoigu-pyongyang-2024/timeline/${charts.charts[0].id}.csv`)).status()
	).toBe(404);
	await page.goto('/hu/explainer#treaty');
	await expect(page).toHaveURL(/\/hu\/shoigu-pyongyang-2024\/explainer#treaty$/);
	await expect(page.locator('#h-treaty')).toBeVisible();
});

/** The text of a question's option or item in the fixture's quiz. */
const textOf = (questionId: string, id: string, lang: 'hu' | 'en'): string => {
	const q = quiz.questions.find((question: { id: string }) => question.id === questionId);
	return [...(q.options ?? []), ...(q.items ?? [])].find((o: { id: string }) => o.id === id).text[
		lang
	];
};

/**
 * Answers every question of the fixture's quiz right, from the first on, by its type (each attempt
 * deals its own question and option order): the player and the class attempt are one player.
 */
async function answerTreatyQuiz(page: Page, lang: 'hu' | 'en') {
	const questions = quiz.questions.length;
	for (let n = 1; n <= questions; n++) {
		const q = onScreen(page);
		await expect(q).toBeVisible();
		if ((await q.locator('ol.order').count()) > 0) {
			const wanted = quiz.questions
				.find((question: { type: string }) => question.type === 'order')
				.key.map((id: string) => textOf('treaty-steps', id, lang));
			for (const [place, item] of wanted.entries()) {
				const rows = q.locator('ol.order > li');
				let at = (await rows.allInnerTexts()).findIndex((row) => row.includes(item));
				const up = q.getByRole('button', {
					name: lang === 'hu' ? `Feljebb: ${item}` : `Move up: ${item}`
				});
				for (; at > place; at--) await up.click();
			}
		} else if ((await q.locator('input[type=text]').count()) > 0) {
			await q.locator('input[type=text]').fill(lang === 'hu' ? 'treaty' : 'szerződés');
		} else if (
			(await q.getByRole('radio', { name: lang === 'hu' ? 'Igaz' : 'True', exact: true }).count()) >
			0
		) {
			await q.getByRole('radio', { name: lang === 'hu' ? 'Igaz' : 'True', exact: true }).check();
		} else {
			await q.getByRole('radio', { name: textOf('treaty-when', 'june-19', lang) }).check();
		}
		if (n < questions) await page.getByRole('button', { name: /^(Következő|Next)/ }).click();
	}
}

const fullMarks = (lang: 'hu' | 'en') =>
	lang === 'hu' ? '4 pontból 4 pontot szereztél (100%).' : 'You scored 4 out of 4 points (100%).';

for (const lang of langs) {
	test(`${lang}: the fixture’s quiz is listed under its lesson and taken as a test`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.goto(`/${lang}/${slug}/quizzes`);
		const cards = page.locator('.quizzes > li');
		await expect(cards).toHaveCount(1);
		await expect(cards.getByRole('heading', { level: 2 })).toHaveText(quiz.title[lang]);
		// Its introduction counts its own quizzes, not the first lesson's four.
		await expect(page.locator('.intro')).toHaveText(lang === 'hu' ? /^Egy kvíz/ : /^One quiz/);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await cards.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/quizzes/${quiz.id}$`));
		await page.locator('form[data-ready]').waitFor();
		await page.getByRole('radio', { name: lang === 'hu' ? /Teszt/ : /Test/ }).check();
		await page.getByRole('button', { name: lang === 'hu' ? 'Kezdjük!' : 'Start the quiz' }).click();
		await answerTreatyQuiz(page, lang);
		await page
			.getByRole('button', { name: lang === 'hu' ? 'Átnézem a válaszaimat' : 'Review my answers' })
			.click();
		await page
			.getByRole('button', { name: lang === 'hu' ? 'Beküldöm a válaszaimat' : 'Submit my answers' })
			.click();
		await expect(page.getByTestId('score')).toHaveText(fullMarks(lang));
		await expectNoAxeViolations(page);
		// The explainer's sections end with this lesson's quiz.
		await page.goto(`/${lang}/${slug}/explainer`);
		await expect(page.locator('.next-step a.button')).toHaveAttribute(
			'href',
			`/${lang}/${slug}/quizzes/${quiz.id}`
		);
	});
}

test('a class assignment of the fixture’s quiz: the form offers both lessons, the dashboard names the lesson', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	// From a lesson, the teacher's form comes with that lesson's first quiz ticked.
	await page.goto(`/en/teacher?lesson=${slug}`);
	await expect(page.getByRole('group', { name: `Quizzes: ${meta.shortTitle.en}` })).toBeVisible();
	await expect(page.getByRole('group', { name: /^Quizzes: Shoigu/ })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: new RegExp(quiz.title.en) })).toBeChecked();
	await expect(
		page.getByRole('group', { name: /^Quizzes: Shoigu/ }).getByRole('checkbox', { checked: true })
	).toHaveCount(0);
	await page.locator('#title').fill('Treaty class');
	await page.locator('input[name="mode"][value="test"]').check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	const code = (await page.getByTestId('class-code').first().innerText()).replace(/\s/g, '');
	const teacherUrl = (await page.getByTestId('teacher-link').getAttribute('href'))!;

	const anna = await joinByCode(browser, 'hu', code, 'Anna');
	await answerTreatyQuiz(anna.page, 'hu');
	await submitAll(anna.page);
	await expect(anna.page.getByTestId('score')).toHaveText(fullMarks('hu'));
	await anna.context.close();

	await page.goto(teacherUrl);
	await expect(page.getByTestId('counts')).toContainText('0 working, 1 submitted');
	await expect(page.locator('dl.summary')).toContainText(
		`${meta.shortTitle.en} – ${quiz.title.en}`
	);
	await expect(page.getByTestId('students').locator('tbody tr', { hasText: 'Anna' })).toContainText(
		'4 / 4'
	);
	await expectNoAxeViolations(page);
});

for (const lang of langs) {
	test(`${lang}: the fixture's teacher's guide is built from its timeline and glossary, with its printables`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const guide = `/${lang}/${slug}/guide`;
		// The lesson index leads to it.
		await page.goto(`/${lang}/lessons`);
		await expect(page.locator(`.lessons a[href="${guide}"]`)).toHaveCount(1);

		const response = await page.goto(guide);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		// No plans, prompts or misconceptions of its own: only what its folder gives.
		for (const id of ['objectives', 'plan', 'variants', 'prompts', 'differentiation'])
			await expect(page.locator(`#${id}`)).toHaveCount(0);
		await expect(page.locator('nav.toc a')).toHaveCount(2);
		// The summary: its three events, in order, each with a source.
		await expect(page.locator('#background dt')).toHaveCount(3);
		await expect(page.locator('#background dd').first()).toContainText(
			timeline.events[0].text[lang].title
		);
		await expect(page.locator('#background dd').first().locator('a[href^="http"]')).not.toHaveCount(
			0
		);
		for (const sheet of ['worksheet', 'answer-key', 'vocabulary'])
			await expect(page.locator(`#printables a[href="${guide}/print/${sheet}"]`)).toHaveCount(1);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page, { widths: ['phone', 'desktop'] });
		await expectNoHorizontalScroll(page);

		// The worksheet: the timeline to complete, one blank a row, the lesson's own address.
		await page.goto(`${guide}/print/worksheet`);
		const rows = page.locator('table.timeline tbody tr');
		await expect(rows).toHaveCount(3);
		await expect(page.locator('.task')).toHaveCount(1);
		const origin = new URL(page.url()).origin;
		await expect(page.locator('.print-sheet')).toContainText(`${origin}/${lang}/${slug}/explainer`);
		await expect(page.locator('.sheet-head .site')).toHaveText(meta.title[lang]);
		await expect(page.locator('.toolbar a')).toHaveAttribute('href', guide);
		await expect(page.locator('.print-sheet')).not.toContainText(
			timeline.events[0].text[lang].title
		);
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);

		// The answer key fills every blank in.
		await page.goto(`${guide}/print/answer-key`);
		await expect(page.locator('table.timeline tbody strong')).toHaveCount(3);
		await expect(page.locator('.print-sheet')).toContainText(timeline.events[0].text[lang].title);
		await expectNoRawKeys(page);

		// The vocabulary sheet: its three glossary terms in both languages.
		await page.goto(`${guide}/print/vocabulary`);
		await expect(page.locator('table.vocab tbody tr')).toHaveCount(3);
		for (const term of glossary.terms) {
			await expect(page.locator('table.vocab')).toContainText(term.term[lang]);
			await expect(page.locator('table.vocab')).toContainText(term.term[other[lang]]);
		}
		await expectNoRawKeys(page);
		await expectNoAxeViolations(page);
		await expectNoHorizontalScroll(page);
	});
}

// The fixture's story map, from its places.yaml: its own address, its own places, linked from its
// timeline's events through each place's `match` words.
const places: {
	id: string;
	name: Record<'hu' | 'en', string>;
	note: Record<'hu' | 'en', string>;
	match: string[];
}[] = read('places.yaml').places;
const otherPlaces = { hu: 'Raszon', en: 'Rason' } as const;

for (const lang of langs) {
	test(`${lang}: the fixture lesson's story map, drawn from its places, on its explainer and timeline`, async ({
		page,
		request
	}) => {
		test.setTimeout(180_000);
		// The map itself: an SVG naming its places and none of the first lesson's.
		const svg = await request.get(`/${lang}/${slug}/map.svg`);
		expect(svg.status()).toBe(200);
		expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
		const drawn = await svg.text();
		for (const place of places) expect(drawn).toContain(`>${place.name[lang]}<`);
		expect(drawn).not.toContain(otherPlaces[lang]);

		// The explainer shows it, with its text alternative listing the places in order.
		await page.goto(`/${lang}/${slug}/explainer`);
		const map = page.locator('figure.story-map');
		await expect(map.locator('img')).toHaveAttribute('src', `/${lang}/${slug}/map.svg`);
		await expect(map.locator('img')).toHaveAttribute(
			'alt',
			new RegExp(places.map((p) => p.name[lang]).join('.+'))
		);
		await expect(map.locator('li strong')).toHaveText(places.map((p) => p.name[lang]));
		for (const place of places)
			await expect(map.locator(`#place-${place.id}`)).toContainText(place.note[lang]);
		await expect(map.locator('img')).toHaveJSProperty('complete', true);
		// A broken image has no size of its own.
		expect(
			await map.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)
		).toBeGreaterThan(0);
		await expectNoRawKeys(page);
		// At a phone's width this page, map and all, is scanned by the explainer's test above.
		await expectNoAxeViolations(page, { widths: ['desktop'] });
		await expectNoHorizontalScroll(page);

		// Each timeline event links to the place its English place text names, on this lesson's map.
		await page.goto(`/${lang}/${slug}/timeline`);
		for (const event of timeline.events) {
			const place = places.find((p) => p.match.some((w) => event.text.en.place.includes(w)))!;
			await expect(page.locator(`#${event.id} a.on-map`)).toHaveAttribute(
				'href',
				`/${lang}/${slug}/explainer#place-${place.id}`
			);
		}
		await expectNoAxeViolations(page, { widths: ['desktop'] });

		// Following a link highlights the place beside the map.
		const [first] = timeline.events;
		await waitForHydration(page);
		await page.locator(`#${first.id} a.on-map`).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/explainer#place-`));
		await expect(page.locator('figure.story-map li.highlighted')).toHaveCount(1);
	});
}

test('the story map’s old address leads to the default lesson’s; a lesson without places has none', async ({
	request
}) => {
	const old = await request.get('/hu/map.svg', { maxRedirects: 0 });
	expect(old.status()).toBe(308);
	expect(old.headers()['location']).toBe('/hu/shoigu-pyongyang-2024/map.svg');
	expect((await request.get('/en/no-such-lesson/map.svg')).status()).toBe(404);
});
