import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, isCrossSiteForm } from './csrf';

const site = 'https://lesson.test';
const post = (path: string, headers: Record<string, string>, method = 'POST') =>
	isCrossSiteForm(
		new Request(`${site}${path}`, { method, headers, body: 'a=1' }),
		new URL(`${site}${path}`)
	);
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('cross-site form check', () => {
	it('refuses a form posted from another site, or with no origin, anywhere but the LTI doors', () => {
		expect(post('/hu/teacher', { ...form, origin: 'https://evil.test' })).toBe(true);
		expect(post('/api/export/moodle', { ...form })).toBe(true);
		expect(post('/lti/deep-link', { ...form, origin: 'https://evil.test' })).toBe(true);
		expect(
			post(
				'/hu/teacher',
				{ 'content-type': 'text/plain; charset=utf-8', origin: 'https://evil.test' },
				'PUT'
			)
		).toBe(true);
	});

	it('lets same-site forms, JSON and the platform posts to /lti/login and /lti/launch through', () => {
		expect(post('/hu/teacher', { ...form, origin: site })).toBe(false);
		expect(
			post('/api/classroom/submit', {
				'content-type': 'application/json',
				origin: 'https://evil.test'
			})
		).toBe(false);
		expect(post('/lti/launch', { ...form, origin: 'https://moodle.test' })).toBe(false);
		expect(post('/lti/login', { ...form, origin: 'null' })).toBe(false);
	});
});

describe('the refusal', () => {
	const page = async (path: string) =>
		new Response(`page ${path}`, { status: 403, headers: { 'content-type': 'text/html' } });

	it('is the translated page for a browser form', async () => {
		const refused = await crossSiteRefusal(new Request(site, { method: 'POST' }), 'en', page);
		expect(refused.status).toBe(403);
		expect(refused.headers.get('content-type')).toBe('text/html');
		expect(await refused.text()).toBe('page /en/refused');
	});

	it('is an error result with the message key for a form sent by script', async () => {
		const request = new Request(site, { method: 'POST', headers: { accept: 'application/json' } });
		const refused = await crossSiteRefusal(request, 'hu', page);
		expect(refused.status).toBe(403);
		expect(await refused.json()).toEqual({
			type: 'error',
			status: 403,
			error: { message: 'Cross-site form', key: 'error.cross_site_text' }
		});
	});
});
