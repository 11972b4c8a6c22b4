import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { quizList } from '../src/lib/content/questions';

/*
 * The rule: the browser never holds a key before the answer to that question is final. This test
 * builds nothing; it reads the client files of the build under test and the pages a student gets,
 * and looks for every key and explanation of the bank.
 */

test.describe.configure({ timeout: 240_000 });

const questions = quizList.flatMap((quiz) => quiz.questions);

/**
 * Text that public pages show anyway (the timeline and explainer quote the same sources as some
 * explanations): a phrase found here says nothing about the bank.
 */
const published = ['src/lib/data', 'src/lib/content']
	.flatMap((dir) => files(dir))
	.filter((f) => /\.ts$/.test(f) && !f.includes('/questions/') && !f.endsWith('.spec.ts'))
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');

/**
 * An explanation's runs of letters, digits and spaces (found however the text is quoted or escaped)
 * that no public page also has. A text holds the explanation when it holds every one of them.
 */
const privateRuns = (text: string) =>
	text
		.split(/[^\p{L}\p{N} ]+/u)
		.map((run) => run.trim())
		.filter((run) => run.length >= 8 && !published.includes(run));

const explanations = questions.flatMap((q) =>
	[q.explanation.hu, q.explanation.en].map((text) => ({ runs: privateRuns(text), text }))
);

/** The bank's ids of the right options, as they would be quoted in data or markup. */
const keyIds = questions.flatMap((q) => {
	switch (q.type) {
		case 'single':
		case 'table':
			return [q.key];
		case 'multi':
			return q.key;
		default:
			return [];
	}
});

function hits(text: string, where: string): string[] {
	const found = explanations
		.filter((e) => e.runs.every((run) => text.includes(run)))
		.map((e) => `explanation "${e.text.slice(0, 60)}…"`);
	for (const id of keyIds)
		if (new RegExp(`(key|choice|value)["'\`]?\\s*[:=]\\s*["'\`]${id}["'\`]`).test(text))
			found.push(`key ${id}`);
	for (const q of questions) if (text.includes(q.id)) found.push(`question id ${q.id}`);
	return found.map((f) => `${where}: ${f}`);
}

function files(dir: string): string[] {
	try {
		return readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? files(path) : [path];
		});
	} catch {
		return [];
	}
}

test('no client file of the build holds a key, an explanation or the bank', () => {
	const client = [...files('build/client'), ...files('.svelte-kit/output/client')].filter((f) =>
		/\.(js|html|json)$/.test(f)
	);
	expect(client.length).toBeGreaterThan(10);
	// Every explanation has text of its own to look for, so the search can find each one.
	expect(explanations.filter((e) => e.runs.length === 0).map((e) => e.text)).toEqual([]);
	expect(client.flatMap((f) => hits(readFileSync(f, 'utf8'), f))).toEqual([]);
});

/** A page's HTML and its `__data.json`, as a student's browser would get them. */
async function pageAndData(page: Page, path: string): Promise<string[]> {
	const html = await page.request.get(path);
	expect(html.status()).toBe(200);
	const data = await page.request.get(`${path.replace(/\/$/, '')}/__data.json`);
	expect(data.status()).toBe(200);
	return [...hits(await html.text(), path), ...hits(await data.text(), `${path}/__data.json`)];
}

test('quiz pages hold no key or explanation', async ({ page }) => {
	const found: string[] = [];
	for (const lang of ['hu', 'en'])
		for (const path of [
			`/${lang}/shoigu-pyongyang-2024/quizzes`,
			...quizList.map((q) => `/${lang}/shoigu-pyongyang-2024/quizzes/${q.id}`)
		])
			found.push(...(await pageAndData(page, path)));
	expect(found).toEqual([]);
});

test('attempt pages hold no key or explanation before the answers are final', async ({
	page,
	browser
}) => {
	// A test whose answers stay hidden, even after submitting.
	await page.goto('/en/teacher');
	await page.locator('#title').fill('Keys');
	await page.locator('input[name="mode"][value="test"]').check();
	await page.locator('input[name="show_answers"]').uncheck();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	const code = (await page.getByTestId('class-code').first().innerText()).replace(/\s/g, '');

	const student = await browser.newContext();
	const s = await student.newPage();
	await s.goto(`/en/join/${code}`);
	await s.locator('#nickname').fill('Keys');
	await s.locator('#nickname').press('Enter');
	await s.waitForURL('**/en/attempt/*');
	const path = new URL(s.url()).pathname;
	// Question ids may be in the attempt's data (they name no answer); keys and explanations may not.
	const keysOnly = (list: string[]) => list.filter((f) => !f.includes('question id'));
	expect(keysOnly(await pageAndData(s, path))).toEqual([]);

	await s.locator('section.question input').first().check();
	await expect(s.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved');
	const review = s.getByRole('button', { name: 'Review my answers' });
	while (!(await review.isVisible())) await s.getByRole('button', { name: /^Next/ }).click();
	await review.click();
	await s.getByTestId('submit').click();
	await expect(s.getByTestId('score')).toBeVisible();
	expect(keysOnly(await pageAndData(s, path))).toEqual([]);
	await student.close();
});
