import { describe, expect, it } from 'vitest';
import { explainerParagraphIds, explainerSections } from '$lib/content/anchors';
import { langs } from '$lib/i18n/langs';
import { events } from './facts';
import { articleEventId, eventCategories, eventInfo } from './event-text';
import {
	buildTimeline,
	categoriesFromParams,
	categoriesToQuery,
	countByCategory,
	eventText,
	filterTimeline,
	timeline
} from './timeline';

describe('event texts', () => {
	it('cover every event, in both languages, with nothing empty', () => {
		expect(timeline).toHaveLength(events.length);
		for (const item of timeline)
			for (const lang of langs)
				for (const [field, value] of Object.entries(item.text[lang]))
					expect(value.trim(), `${item.id} ${lang} ${field}`).not.toBe('');
	});
	it('fail loudly when an event has no text or a text has no event', () => {
		const { [articleEventId]: _removed, ...rest } = eventInfo;
		expect(_removed).toBeDefined();
		expect(() => buildTimeline(events, rest)).toThrow(/Event without text/);
		expect(() => buildTimeline(events.slice(1))).toThrow(/Text without event/);
	});
	it('use the Hungarian name forms in Hungarian and the English ones in English', () => {
		const hu = timeline.map((e) => Object.values(e.text.hu).join(' ')).join(' ');
		const en = timeline.map((e) => Object.values(e.text.en).join(' ')).join(' ');
		expect(hu).not.toMatch(/Pyongyang|Shoigu|Kim Jong Un|Putin\b/);
		expect(hu).toMatch(/Phenjan/);
		expect(en).not.toMatch(/Phenjan|Sojgu|Putyin/);
		// British spelling, as in the fact sheet.
		expect(en).not.toMatch(/\b(defense|program|recognizes?)\b/i);
	});
	it('link only to agreed explainer anchors', () => {
		const anchors = new Set<string>([...Object.keys(explainerSections), ...explainerParagraphIds]);
		const linked = timeline.filter((e) => e.explainer);
		expect(linked.length).toBeGreaterThan(15);
		for (const item of linked) expect(anchors.has(item.explainer!), item.id).toBe(true);
	});
	it('put every event but the starting point in at least one category', () => {
		const uncategorised = timeline.filter((e) => e.categories.length === 0).map((e) => e.id);
		expect(uncategorised).toEqual(['ev-2022-02-24-invasion']);
	});
	it('mark the article’s event, and only that one', () => {
		expect(timeline.filter((e) => e.isArticle).map((e) => e.id)).toEqual([articleEventId]);
		expect(eventText(articleEventId, 'hu').title).toMatch(/Sojgu/);
		expect(eventText(articleEventId, 'en').title).toMatch(/Shoigu/);
		expect(() => eventText('ev-nope', 'en')).toThrow();
	});
});

describe('filters', () => {
	it('read the chosen categories from the query, all of them when none is valid', () => {
		expect(categoriesFromParams(new URLSearchParams('kind=troops&kind=visits'))).toEqual([
			'visits',
			'troops'
		]);
		expect(categoriesFromParams(new URLSearchParams(''))).toEqual([...eventCategories]);
		expect(categoriesFromParams(new URLSearchParams('kind=bogus'))).toEqual([...eventCategories]);
	});
	it('write a query that reads back the same choice', () => {
		expect(categoriesToQuery([...eventCategories])).toBe('');
		const query = categoriesToQuery(['economy', 'weapons']);
		expect(query).toBe('?kind=weapons&kind=economy');
		expect(categoriesFromParams(new URLSearchParams(query))).toEqual(['weapons', 'economy']);
	});
	it('keep the events of any chosen category and always the starting point', () => {
		const troops = filterTimeline(timeline, ['troops']);
		expect(troops[0].id).toBe('ev-2022-02-24-invasion');
		expect(troops.slice(1).every((e) => e.categories.includes('troops'))).toBe(true);
		expect(filterTimeline(timeline, [])).toHaveLength(1);
		expect(filterTimeline(timeline, [...eventCategories])).toHaveLength(timeline.length);
	});
	it('count the events per category', () => {
		const counts = countByCategory(timeline);
		expect(Object.values(counts).every((n) => n > 0)).toBe(true);
		expect(counts.troops).toBe(filterTimeline(timeline, ['troops']).length - 1);
	});
});
