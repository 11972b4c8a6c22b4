// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
	bestScoresKey,
	readBestScores,
	readLastRead,
	saveBestScore,
	saveLastRead
} from './progress';

const store = new Map<string, string>();
beforeEach(() => {
	store.clear();
	globalThis.localStorage = {
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v)
	} as Storage;
});

describe('lesson progress in the browser', () => {
	it('remembers the last section read', () => {
		expect(readLastRead()).toBeNull();
		saveLastRead({ section: 'why-it-matters', title: 'Why it matters', lang: 'en' });
		expect(readLastRead()).toEqual({
			section: 'why-it-matters',
			title: 'Why it matters',
			lang: 'en'
		});
	});

	it('ignores a tampered section id', () => {
		store.set('lesson:last-read', JSON.stringify({ section: '"><x', title: 't', lang: 'en' }));
		expect(readLastRead()).toBeNull();
	});

	it('reads best scores and drops malformed ones', () => {
		store.set(
			bestScoresKey,
			JSON.stringify({
				article: { score: 9, max: 13 },
				bad: { score: 'x' },
				over: { score: 5, max: 3 }
			})
		);
		expect(readBestScores()).toEqual({
			article: { score: 9, max: 13 },
			over: { score: 3, max: 3 }
		});
		store.set(bestScoresKey, 'not json');
		expect(readBestScores()).toEqual({});
	});

	it('keeps the best score of each quiz, by share of the points', () => {
		saveBestScore('article', { score: 6, max: 13 });
		saveBestScore('article', { score: 4, max: 13 });
		saveBestScore('words', { score: 2, max: 4 });
		expect(readBestScores()).toEqual({
			article: { score: 6, max: 13 },
			words: { score: 2, max: 4 }
		});
		saveBestScore('article', { score: 9.5, max: 13 });
		expect(readBestScores().article).toEqual({ score: 9.5, max: 13 });
	});
});
