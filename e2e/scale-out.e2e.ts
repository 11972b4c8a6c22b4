import { expect as baseExpect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminStatement } from '../src/lib/server/db/postgres-admin';
import { joinByCode, onScreen, submitAll, toRadioQuestion } from './helpers';

// Scale out (issue #18): two `npm start` processes on one PostgreSQL database behind nginx's
// round-robin, as a school would run them when one machine is outgrown. The spec proves that
// requests of one class hour land on both processes and that nothing is lost or doubled.
const expect = baseExpect.configure({ timeout: 30_000 });
const adminUrl = process.env.TEST_DATABASE_URL;
const nginx = '/usr/sbin/nginx';
// The ports after the two of playwright.config.ts: two app processes and nginx.
const base = Number(process.env.E2E_PORT ?? 4173);
const [appA, appB, proxy] = [base + 5, base + 6, base + 7];
const origin = `http://127.0.0.1:${proxy}`;

test.skip(!adminUrl, 'needs PostgreSQL: run through scripts/with-postgres.sh');
test.skip(!existsSync(nginx), 'needs nginx: bash scripts/install-test-deps.sh');
test.use({ baseURL: origin });
test.describe.configure({ timeout: 120_000 });

const children: ChildProcess[] = [];
let dir = '';
// A database of its own per run, so the dashboard sees only this run's students.
const dbName = `scaleout_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

const admin = (statement: string) => adminStatement(String(adminUrl), statement);

async function waitUntilUp(url: string) {
	for (;;) {
		const ok = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 200));
	}
}

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'scale-out-'));
	await admin(`CREATE DATABASE ${dbName}`);
	const url = new URL(String(adminUrl));
	url.pathname = `/${dbName}`;
	for (const port of [appA, appB]) {
		const child = spawn('node', ['scripts/serve.js'], {
			// Their errors, not their start-up lines.
			stdio: ['ignore', 'ignore', 'inherit'],
			env: {
				...process.env,
				HOST: '127.0.0.1',
				PORT: String(port),
				DATABASE_URL: String(url),
				// The README's setting behind a proxy: the browser's host and protocol come from nginx.
				PROTOCOL_HEADER: 'x-forwarded-proto',
				HOST_HEADER: 'x-forwarded-host',
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1'
			}
		});
		children.push(child);
	}
	// X-Upstream names the process that answered, so the test can see both took part.
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
	access_log ${dir}/access.log;
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	upstream app { server 127.0.0.1:${appA}; server 127.0.0.1:${appB}; }
	server {
		listen 127.0.0.1:${proxy};
		location / {
			proxy_pass http://app;
			proxy_http_version 1.1;
			proxy_set_header Host $http_host;
			proxy_set_header X-Forwarded-Host $http_host;
			proxy_set_header X-Forwarded-Proto $scheme;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			add_header X-Upstream $upstream_addr always;
		}
	}
}
`
	);
	children.push(spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' }));
	await Promise.all([appA, appB].map((p) => waitUntilUp(`http://127.0.0.1:${p}/hu`)));
	await waitUntilUp(`${origin}/hu`);
});

test.afterAll(async () => {
	for (const child of children) child.kill();
	await Promise.all(
		children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))
	);
	if (adminUrl) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** "You scored 2 out of 13 points (15%)" and the dashboard's "2 / 13 (15%)" both give "2 13". */
const scoreOf = (text: string) => (text.match(/\d+/g) ?? []).slice(0, 2).join(' ');

/** Records which process answered each request of the app (pages, forms, saves; not its static files). */
function upstreamsOf(page: Page, seen: Set<string>) {
	page.on('response', (response) => {
		const upstream = response.headers()['x-upstream'];
		if (upstream && !new URL(response.url()).pathname.startsWith('/_app/')) seen.add(upstream);
	});
}

test('a class hour across two processes on one PostgreSQL behind nginx', async ({
	browser,
	page
}) => {
	const seen = new Set<string>();
	upstreamsOf(page, seen);
	await page.goto('/en/teacher');
	await page.locator('#title').fill('Scale out');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { name: 'Your assignment is ready' })).toBeFocused();
	const code = (await page.getByTestId('class-code').innerText()).replace(/\s/g, '');
	const id = String(await page.getByTestId('teacher-link').getAttribute('href'))
		.split('/')
		.at(-2);

	const names = ['Anna', 'Ben', 'Csilla', 'Dani'];
	const students = [];
	for (const name of names) {
		const student = await joinByCode(browser, 'en', code, name);
		upstreamsOf(student.page, seen);
		await toRadioQuestion(student.page);
		await onScreen(student.page).getByRole('radio').first().check();
		await expect(student.page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved');
		students.push(student);
	}
	// Each student's own result (score and maximum), to compare with the teacher's dashboard.
	const results = new Map<string, string>();
	for (const [i, { page: student }] of students.entries()) {
		await submitAll(student);
		await expect(student.getByTestId('score')).toBeVisible();
		results.set(names[i], scoreOf(await student.getByTestId('score').innerText()));
	}

	// Every student once, each submitted, whichever process stored them.
	await page.goto(`/en/teacher/a/${id}`);
	await expect(page.getByTestId('counts')).toContainText(`${names.length} submitted`);
	const rows = page.getByTestId('students').locator('tbody tr');
	await expect(rows).toHaveCount(names.length);
	const shown = await rows.locator('th').allInnerTexts();
	expect(shown.map((s) => s.trim()).sort()).toEqual([...names].sort());
	for (const row of await rows.all()) {
		const name = (await row.locator('th').innerText()).trim();
		expect(scoreOf(await row.locator('td').nth(2).innerText())).toBe(results.get(name));
	}
	expect([...seen].sort()).toEqual([`127.0.0.1:${appA}`, `127.0.0.1:${appB}`]);
	for (const { context } of students) await context.close();
});
