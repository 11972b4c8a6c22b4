import { describe, expect, it } from 'vitest';
import { negotiateLang } from './negotiate';

describe('negotiateLang', () => {
	it('prefers a saved choice over the browser', () => {
		expect(negotiateLang('en', 'hu-HU,hu;q=0.9')).toBe('en');
	});
	it('ignores a saved value that is not a lesson language', () => {
		expect(negotiateLang('de', 'en-US')).toBe('en');
	});
	it('follows Accept-Language by quality, not by position', () => {
		expect(negotiateLang(undefined, 'de;q=1, en;q=0.5, hu;q=0.8')).toBe('hu');
		expect(negotiateLang(undefined, 'fr, en-GB;q=0.9')).toBe('en');
	});
	it('skips languages with q=0 and falls back to Hungarian', () => {
		expect(negotiateLang(undefined, 'en;q=0, de')).toBe('hu');
		expect(negotiateLang(undefined, null)).toBe('hu');
		expect(negotiateLang(undefined, ';;,,q=')).toBe('hu');
	});
});
