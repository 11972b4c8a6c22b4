import { describe, expect, it } from 'vitest';
import places from '$lessons/shoigu-pyongyang-2024/places.yaml';
import type { PlacesFile } from '$lib/content/lesson/schema';
import { langs } from '$lib/i18n/langs';
import { articleEventId } from './event-text';
import { timeline } from './timeline';
import { timelineEntries } from './timeline-view';

describe('timeline entries', () => {
	it('carry one language’s text and what the page shows, not the whole event', () => {
		for (const lang of langs) {
			const entries = timelineEntries(timeline, lang);
			expect(entries.map((e) => e.id)).toEqual(timeline.map((e) => e.id));
			for (const [i, entry] of entries.entries()) {
				expect(entry.text).toEqual(timeline[i].text[lang]);
				expect(entry.sources).toEqual(timeline[i].fact.sources);
				expect(entry.date).toBe(timeline[i].fact.date);
				expect(entry.when).not.toBe('');
				expect(Object.keys(entry)).not.toContain('fact');
			}
		}
	});
	it('mark the article’s event and link mapped places', () => {
		const entries = timelineEntries(timeline, 'en', { places: (places as PlacesFile).places });
		expect(entries.filter((e) => e.isArticle).map((e) => e.id)).toEqual([articleEventId]);
		expect(entries.find((e) => e.isArticle)?.place).toBe('pyongyang');
	});
	it('link no places for a lesson without any', () => {
		expect(timelineEntries(timeline, 'en').filter((e) => e.place)).toEqual([]);
	});
});
