import { describe, expect, it } from 'vitest';
import {
	crossSiteForm,
	derivesOrigin,
	protocolHeader,
	refusalLang,
	requestOrigin
} from './origin.js';

const form = 'application/x-www-form-urlencoded';
/** The environment `npm start` runs with when nothing is set: serve.js adds its own protocol header. */
const plain = { PROTOCOL_HEADER: protocolHeader };

describe('derivesOrigin', () => {
	it('derives only when no origin setting is given', () => {
		expect(derivesOrigin({})).toBe(true);
		expect(derivesOrigin({ PORT: '3000', HOST: '0.0.0.0' })).toBe(true);
		expect(derivesOrigin({ ORIGIN: 'https://lesson.example.org' })).toBe(false);
		expect(derivesOrigin({ PROTOCOL_HEADER: 'x-forwarded-proto' })).toBe(false);
		expect(derivesOrigin({ HOST_HEADER: 'x-forwarded-host' })).toBe(false);
	});
});

describe('requestOrigin', () => {
	it('is the Host the browser reached, over the connection protocol', () => {
		const headers = { host: '192.168.1.20:3000', [protocolHeader]: 'http' };
		expect(requestOrigin(plain, headers, false)).toBe('http://192.168.1.20:3000');
		expect(requestOrigin(plain, { host: 'LOCALHOST:3000', [protocolHeader]: 'http' }, false)).toBe(
			'http://localhost:3000'
		);
		expect(requestOrigin({}, { host: 'localhost' }, true)).toBe('https://localhost');
	});

	it('drops a default port, as browsers do in Origin', () => {
		expect(requestOrigin(plain, { host: 'lesson.local:80', [protocolHeader]: 'http' }, false)).toBe(
			'http://lesson.local'
		);
	});

	it('lets ORIGIN and the proxy headers win', () => {
		const headers = {
			host: '10.0.0.5:3000',
			'x-forwarded-proto': 'https',
			'x-forwarded-host': 'a.org'
		};
		expect(requestOrigin({ ORIGIN: 'https://lesson.example.org/' }, headers, false)).toBe(
			'https://lesson.example.org'
		);
		const proxied = { PROTOCOL_HEADER: 'x-forwarded-proto', HOST_HEADER: 'x-forwarded-host' };
		expect(requestOrigin(proxied, headers, false)).toBe('https://a.org');
		// adapter-node's own default when only HOST_HEADER is set: https.
		expect(requestOrigin({ HOST_HEADER: 'x-forwarded-host' }, headers, false)).toBe(
			'https://a.org'
		);
	});

	it('gives no origin for a missing or malformed Host', () => {
		expect(requestOrigin(plain, { [protocolHeader]: 'http' }, false)).toBeNull();
		expect(
			requestOrigin(plain, { host: 'a.org/evil', [protocolHeader]: 'http' }, false)
		).toBeNull();
		expect(
			requestOrigin(plain, { host: 'a.org', [protocolHeader]: 'javascript' }, false)
		).toBeNull();
	});
});

describe('crossSiteForm', () => {
	const here = 'http://192.168.1.20:3000';
	it('lets a form from the same address through', () => {
		expect(crossSiteForm('POST', form, here, here)).toBe(false);
		expect(crossSiteForm('POST', 'multipart/form-data; boundary=x', here, here)).toBe(false);
	});

	it('refuses a form from another site, or with no or a null Origin', () => {
		expect(crossSiteForm('POST', form, 'http://evil.example', here)).toBe(true);
		expect(crossSiteForm('POST', 'text/plain', 'http://localhost:3000', here)).toBe(true);
		expect(crossSiteForm('DELETE', form, undefined, here)).toBe(true);
		expect(crossSiteForm('POST', form, 'null', here)).toBe(true);
		expect(crossSiteForm('POST', form, here, null)).toBe(true);
	});

	it('lets a platform post to the LTI login and launch only', () => {
		const moodle = 'https://moodle.school.test';
		expect(crossSiteForm('POST', form, moodle, here, '/lti/login')).toBe(false);
		expect(crossSiteForm('POST', form, moodle, here, '/lti/launch')).toBe(false);
		expect(crossSiteForm('POST', form, moodle, here, '/lti/deep-link')).toBe(true);
		expect(crossSiteForm('POST', form, moodle, here, '/lti/launch/')).toBe(true);
		expect(crossSiteForm('POST', form, moodle, here, '/hu/lti/launch')).toBe(true);
	});

	it('leaves reads and JSON to SvelteKit', () => {
		expect(crossSiteForm('GET', form, 'http://evil.example', here)).toBe(false);
		expect(crossSiteForm('POST', 'application/json', 'http://evil.example', here)).toBe(false);
	});
});

describe('refusalLang', () => {
	it('speaks the language of the path, then the saved one, then Hungarian', () => {
		expect(refusalLang('/en/join', 'lang=hu')).toBe('en');
		expect(refusalLang('/api/x', 'a=1; lang=en')).toBe('en');
		expect(refusalLang('/api/x', undefined)).toBe('hu');
	});
});
