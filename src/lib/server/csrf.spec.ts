import { describe, expect, it } from 'vitest';
import { crossSiteRefusal } from './csrf';

const site = 'https://lesson.test';
const post = (path: string, headers: Record<string, string>, method = 'POST') =>
	crossSiteRefusal(
		new Request(`${site}${path}`, { method, headers, body: 'a=1' }),
		new URL(`${site}${path}`)
	);
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('cross-site form check', () => {
	it('refuses a form posted from another site, or with no origin, anywhere but the LTI doors', () => {
		expect(post('/hu/teacher', { ...form, origin: 'https://evil.test' })?.status).toBe(403);
		expect(post('/api/export/moodle', { ...form })?.status).toBe(403);
		expect(post('/lti/deep-link', { ...form, origin: 'https://evil.test' })?.status).toBe(403);
		expect(
			post(
				'/hu/teacher',
				{ 'content-type': 'text/plain; charset=utf-8', origin: 'https://evil.test' },
				'PUT'
			)?.status
		).toBe(403);
	});

	it('lets same-site forms, JSON and the platform posts to /lti/login and /lti/launch through', () => {
		expect(post('/hu/teacher', { ...form, origin: site })).toBeNull();
		expect(
			post('/api/classroom/submit', {
				'content-type': 'application/json',
				origin: 'https://evil.test'
			})
		).toBeNull();
		expect(post('/lti/launch', { ...form, origin: 'https://moodle.test' })).toBeNull();
		expect(post('/lti/login', { ...form, origin: 'null' })).toBeNull();
	});
});
