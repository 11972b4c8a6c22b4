import { describe, expect, it } from 'vitest';
import { isLoopback, platformAddressAllowed } from './platform-address';

describe('platformAddressAllowed', () => {
	it('takes https anywhere', () => {
		expect(platformAddressAllowed('https://moodle.school.test/.well-known/x')).toBe(true);
		expect(platformAddressAllowed('https://10.0.0.5/register')).toBe(true);
	});

	it('takes plain http on loopback only', () => {
		for (const address of [
			'http://127.0.0.1:4000/.well-known/openid-configuration',
			'http://127.45.6.7/register',
			'http://127.1/jwks',
			'http://localhost:8080/token',
			'http://LOCALHOST./token',
			'http://[::1]:9000/auth'
		]) {
			expect(platformAddressAllowed(address), address).toBe(true);
		}
	});

	it('refuses plain http elsewhere, look-alike names and other schemes', () => {
		for (const address of [
			'http://moodle.school.test/.well-known/openid-configuration',
			'http://10.0.0.5/register',
			'http://192.168.1.10/register',
			'http://128.0.0.1/register',
			'http://127.0.0.1.evil.test/register',
			'http://localhost.evil.test/register',
			'http://[::2]/register',
			'http://[::ffff:7f00:1]/register',
			'ftp://127.0.0.1/register',
			'file:///etc/passwd',
			'not an address'
		]) {
			expect(platformAddressAllowed(address), address).toBe(false);
		}
	});
});

describe('isLoopback', () => {
	it('knows the loopback names as URL writes them', () => {
		expect(isLoopback('127.0.0.1')).toBe(true);
		expect(isLoopback('[::1]')).toBe(true);
		expect(isLoopback('localhost')).toBe(true);
		expect(isLoopback('127.0.0.256')).toBe(false);
		expect(isLoopback('example.test')).toBe(false);
	});
});
