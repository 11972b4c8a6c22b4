import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/**
 * A new assignment's dashboard, for the browser that created it (it holds the key cookie);
 * returns the private link.
 */
async function dashboard(page: Page): Promise<string> {
	await page.goto('/en/teacher');
	await page.locator('#title').fill('Export');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	const href = await page.getByTestId('teacher-link').getAttribute('href');
	expect(href).toMatch(/\/teacher\/a\/[\w-]{16}\/[\w-]{43}$/);
	const [id] = href!.split('/').slice(-2);
	await page.goto(`/en/teacher/a/${id}`);
	return href!;
}

async function body(download: Promise<import('@playwright/test').Download>): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await (await download).createReadStream()) chunks.push(chunk);
	return Buffer.concat(chunks);
}

test('a teacher downloads one quiz as Moodle XML and all as a QTI package', async ({ page }) => {
	// An assignment, a dashboard and two exports built on the server: over a minute on two busy cores.
	test.setTimeout(120_000);
	await dashboard(page);
	const section = page.getByRole('region', { name: 'Export the question bank' });
	await section.getByLabel('Which quiz?').selectOption('shoigu-pyongyang-2024/words');
	let download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Download as Moodle XML' }).click();
	expect((await download).suggestedFilename()).toBe('shoigu-pyongyang-2024-words-moodle.xml');
	const xml = (await body(download)).toString('utf8');
	expect(xml).toContain('<idnumber>words-shoigu</idnumber>');
	expect(xml).not.toContain('<idnumber>article-who-met</idnumber>');
	expect(xml).toContain('class="multilang"');

	await section.getByLabel('Which quiz?').selectOption('all');
	download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Download as a QTI 3.0 package (zip)' }).click();
	expect((await download).suggestedFilename()).toBe('all-quizzes-qti3.zip');
	const zip = await body(download);
	expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
	expect(zip.includes(Buffer.from('imsmanifest.xml'))).toBe(true);
	// The dashboard around it is scanned whole in e2e/classroom.e2e.ts.
	await expectNoAxeViolations(page, { only: 'section[aria-labelledby="export-heading"]' });
});

test('the export refuses without the teacher key, with a 4xx and no file', async ({
	browser,
	page
}) => {
	const href = await dashboard(page);
	const [id, key] = href.split('/').slice(-2);
	const origin = new URL(page.url()).origin;
	// A browser without the teacher's cookie: only the key itself in the form lets it through.
	const stranger = await browser.newContext();
	const post = (format: string, form: Record<string, string>) =>
		stranger.request.post(`/api/export/${format}`, { form, headers: { origin } });
	expect((await post('moodle', { id })).status()).toBe(404);
	const wrongKey = await post('moodle', {
		id,
		key: key.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
	});
	expect(wrongKey.status()).toBe(404);
	expect(await wrongKey.text()).not.toContain('<quiz>');
	expect((await post('qti', { id: 'x', key })).status()).toBe(404);
	expect((await post('moodle', { id, key, quiz: 'nope' })).status()).toBe(400);
	expect((await post('pdf', { id, key })).status()).toBe(404);
	const ok = await post('moodle', { id, key, quiz: 'data' });
	expect(ok.status()).toBe(200);
	expect(ok.headers()['cache-control']).toBe('no-store');
	// The teacher's own browser needs only the id: the key is in its cookie.
	const own = await page.request.post('/api/export/qti', { form: { id }, headers: { origin } });
	expect(own.status()).toBe(200);
	await stranger.close();
});
