import { describe, expect, it } from 'vitest';
import { offlineKind, warmUpAddresses } from './offline-pages';

describe('offline pages', () => {
	it('keeps the lesson pages of both languages, their data and their files', () => {
		for (const lang of ['hu', 'en']) {
			expect(offlineKind(`/${lang}`)).toBe('page');
			expect(offlineKind(`/${lang}/__data.json`)).toBe('data');
			for (const page of [
				'lessons',
				'shoigu-pyongyang-2024/explainer',
				'shoigu-pyongyang-2024/glossary',
				'shoigu-pyongyang-2024/timeline',
				'shoigu-pyongyang-2024/guide',
				'shoigu-pyongyang-2024/quizzes'
			]) {
				expect(offlineKind(`/${lang}/${page}`)).toBe('page');
				expect(offlineKind(`/${lang}/${page}/__data.json`)).toBe('data');
			}
			expect(offlineKind(`/${lang}/shoigu-pyongyang-2024/quizzes/article`)).toBe('page');
			expect(offlineKind(`/${lang}/shoigu-pyongyang-2024/guide/print/worksheet`)).toBe('page');
			expect(offlineKind(`/${lang}/shoigu-pyongyang-2024/map.svg`)).toBe('file');
			// The address from before lessons had slugs is a redirect, not a file to keep.
			expect(offlineKind(`/${lang}/map.svg`)).toBeNull();
			expect(offlineKind(`/${lang}/shoigu-pyongyang-2024/timeline/chart-shells.csv`)).toBe('file');
			expect(offlineKind(`/${lang}/shoigu-pyongyang-2024/timeline/chart-shells.json`)).toBe('file');
			expect(offlineKind(`/${lang}/manifest.webmanifest`)).toBe('file');
		}
	});

	it('never keeps the API, the classroom, the dashboard, LTI or an address with a secret', () => {
		const token = 'A'.repeat(43);
		for (const path of [
			'/',
			'/api/quiz/deal',
			'/api/quiz/check',
			'/api/classroom/answers',
			'/api/export/csv',
			'/healthz',
			'/lti/launch',
			'/join',
			'/hu/join',
			'/hu/join/ABC123',
			`/hu/attempt/${token}`,
			`/hu/attempt/${token}/__data.json`,
			'/hu/teacher',
			'/hu/teacher/__data.json',
			`/hu/teacher/a/x/${token}`,
			'/hu/teacher/a/x/show',
			'/hu/quizzes/nope',
			'/hu/shoigu-pyongyang-2024/guide/print/nope',
			// The guide's address from before lessons had slugs only redirects.
			'/hu/teacher/guide',
			'/hu/teacher/guide/print/worksheet',
			'/de/explainer',
			'/hu/explainer/extra'
		]) {
			expect(offlineKind(path), path).toBeNull();
		}
	});

	it('warms up every page it keeps in both languages, but not the printable answer key', () => {
		const warm = warmUpAddresses();
		expect(warm).toContain('/hu/shoigu-pyongyang-2024/timeline');
		expect(warm).toContain('/en/shoigu-pyongyang-2024/timeline/__data.json');
		expect(warm).toContain('/en/shoigu-pyongyang-2024/quizzes/words');
		expect(warm).toContain('/hu/shoigu-pyongyang-2024/map.svg');
		expect(warm).not.toContain('/hu/map.svg');
		expect(warm).toContain('/en/shoigu-pyongyang-2024/timeline/chart-shells.json');
		expect(warm.some((a) => a.includes('answer-key'))).toBe(false);
		for (const address of warm) expect(offlineKind(address), address).not.toBeNull();
		expect(new Set(warm).size).toBe(warm.length);
	});
});
