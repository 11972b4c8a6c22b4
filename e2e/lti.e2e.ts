import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { claim } from '../src/lib/server/lti/claims';
import { startPlatform, type SimulatedPlatform } from '../src/lib/server/lti/platform-sim';
import { expectNoAxeViolations } from './helpers';

// One simulated platform: the steps build on each other.
test.describe.configure({ mode: 'serial' });

let platform: SimulatedPlatform;
let origin = '';
test.beforeAll(async ({ baseURL }) => {
	origin = baseURL!;
	platform = await startPlatform(async () => (await fetch(`${origin}/lti/jwks`)).json());
});
test.afterAll(() => platform.close());

/** Login initiation as a platform posts it, from its own origin; returns the tool's state and nonce. */
async function login(request: import('@playwright/test').APIRequestContext) {
	const response = await request.post('/lti/login', {
		form: {
			iss: platform.issuer,
			login_hint: 'opaque',
			target_link_uri: `${origin}/lti/launch`,
			client_id: platform.clientId
		},
		headers: { origin: platform.issuer },
		maxRedirects: 0
	});
	expect(response.status()).toBe(302);
	const target = new URL(response.headers().location);
	expect(target.origin).toBe(platform.issuer);
	return { state: target.searchParams.get('state')!, nonce: target.searchParams.get('nonce')! };
}

test('a platform registers, launches a student in an iframe-safe page, and gets the score', async ({
	page,
	request
}) => {
	const registration = await request.get(
		`/lti/register?openid_configuration=${encodeURIComponent(`${platform.issuer}/.well-known/openid-configuration`)}&registration_token=rt`
	);
	expect(registration.status()).toBe(200);
	expect(registration.headers()['content-security-policy']).toContain(
		`frame-ancestors ${platform.issuer}`
	);

	const { state, nonce } = await login(request);
	const idToken = await platform.idToken({
		sub: 'opaque-student-9',
		nonce,
		[claim.messageType]: 'LtiResourceLinkRequest',
		[claim.resourceLink]: { id: 'e2e-link' },
		[claim.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
		[claim.custom]: { quiz: 'context' },
		[claim.ags]: { lineitem: platform.lineitem },
		[claim.launchPresentation]: { document_target: 'iframe', locale: 'en-GB' }
	});
	// The platform's auto-submitted form, replayed by the browser with no cookie of ours.
	const launch = await request.post('/lti/launch', {
		form: { id_token: idToken, state },
		headers: { origin: platform.issuer }
	});
	expect(launch.status()).toBe(200);
	const html = await launch.text();
	const attempt = html.match(/href="([^"]+\/en\/attempt\/[\w-]{43})"/)?.[1];
	expect(attempt).toBeTruthy();
	await page.setContent(html);
	await expect(page.getByRole('link', { name: 'Open the quiz in a new window' })).toHaveAttribute(
		'target',
		'_blank'
	);
	await expectNoAxeViolations(page);

	await page.goto(attempt!);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const token = attempt!.split('/').pop()!;
	const submitted = await request.post('/api/classroom/submit', {
		data: { token, attemptId: randomUUID(), lang: 'en' }
	});
	expect(submitted.status()).toBe(200);
	await expect.poll(() => platform.scores.length).toBeGreaterThan(0);
	expect(platform.scores.at(-1)).toMatchObject({ userId: 'opaque-student-9', scoreGiven: 0 });

	// The same token posted again: a replay, refused with a 4xx page in the reader's language.
	const replay = await request.post('/lti/launch', {
		form: { id_token: idToken, state },
		headers: { origin: platform.issuer, 'accept-language': 'en' }
	});
	expect(replay.status()).toBe(401);
	expect(await replay.text()).toContain('This launch has already been used');
});

test("a cross-site form post elsewhere is still refused, in the reader's language", async ({
	request
}) => {
	// The platform's origin is trusted at the two LTI doors only, not at the tool's other forms.
	for (const origin of ['https://evil.test', platform.issuer]) {
		const response = await request.post('/api/export/moodle', {
			form: { id: 'x', key: 'y' },
			headers: { origin }
		});
		expect(response.status()).toBe(403);
		expect(await response.text()).toContain('Az űrlapot nem fogadtuk el');
	}
	const teacherForm = await request.post('/en/teacher', {
		form: { title: 'forged' },
		headers: { origin: platform.issuer }
	});
	expect(teacherForm.status()).toBe(403);
	expect(await teacherForm.text()).toContain('Form not accepted');
	const script = await request.post('/lti/deep-link', {
		form: { ticket: 'x' },
		headers: { origin: platform.issuer, accept: 'application/json' }
	});
	expect(script.status()).toBe(403);
	expect(await script.json()).toMatchObject({ error: { key: 'error.cross_site_text' } });
});
