import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/common.json';
import hu from '../../../locales/hu/common.json';
import { webManifest } from './manifest';

describe('web app manifest', () => {
	it('names one app in each language, starting on that language', () => {
		const manifests = { hu: webManifest('hu', hu), en: webManifest('en', en) };
		expect(manifests.hu.id).toBe(manifests.en.id);
		expect(manifests.hu.name).toBe('Sojgu Phenjanban – kétnyelvű lecke');
		expect(manifests.en.name).toBe('Shoigu in Pyongyang – a bilingual lesson');
		for (const [lang, m] of Object.entries(manifests)) {
			expect(m.start_url).toBe(`/${lang}`);
			expect(m.lang).toBe(lang);
			expect(m.short_name.length).toBeLessThanOrEqual(15);
			expect(m.display).toBe('standalone');
		}
	});

	it('has installable icons, each a file in static/', () => {
		const m = webManifest('en', en);
		expect(m.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
		expect(m.icons.some((i) => i.sizes === '192x192' && i.type === 'image/png')).toBe(true);
		for (const icon of m.icons) {
			expect(existsSync(new URL(`../../../static${icon.src}`, import.meta.url)), icon.src).toBe(
				true
			);
		}
	});
});
