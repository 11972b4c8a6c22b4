import type { Lang } from '$lib/i18n/langs';
import { events } from './facts';
import {
	articleEventId,
	eventCategories,
	eventInfo,
	type EventCategory,
	type EventInfo,
	type EventText
} from './event-text';
import type { FactEvent } from './schema';

/** A timeline event with its sourced fact and its text in both languages. */
export interface TimelineEvent extends EventInfo {
	fact: FactEvent;
	id: string;
	/** The article's own event (13 September 2024). */
	isArticle: boolean;
}

/**
 * Every sourced event with its texts, oldest first. Throws when an event has no text or a text
 * has no event, so that the two files cannot drift apart unnoticed.
 */
export function buildTimeline(
	facts: readonly FactEvent[] = events,
	info: Record<string, EventInfo> = eventInfo
): TimelineEvent[] {
	const ids = new Set(facts.map((fact) => fact.id));
	for (const id of Object.keys(info)) if (!ids.has(id)) throw new Error(`Text without event: ${id}`);
	return facts.map((fact) => {
		const extra = info[fact.id];
		if (!extra) throw new Error(`Event without text: ${fact.id}`);
		return { ...extra, fact, id: fact.id, isArticle: fact.id === articleEventId };
	});
}

export const timeline: readonly TimelineEvent[] = buildTimeline();

/** The text of one event in one language (for citations elsewhere in the lesson). */
export function eventText(id: string, lang: Lang): EventText {
	const info = eventInfo[id];
	if (!info) throw new Error(`No such event: ${id}`);
	return info.text[lang];
}

export function isEventCategory(value: string): value is EventCategory {
	return (eventCategories as readonly string[]).includes(value);
}

/**
 * The categories chosen in a URL (`?kind=visits&kind=troops`); all of them when none is given,
 * so that the plain page address shows the whole timeline.
 */
export function categoriesFromParams(params: URLSearchParams): EventCategory[] {
	const chosen = params.getAll('kind').filter(isEventCategory);
	return chosen.length ? eventCategories.filter((c) => chosen.includes(c)) : [...eventCategories];
}

/** The query string for a choice of categories; empty when every category is on. */
export function categoriesToQuery(chosen: readonly EventCategory[]): string {
	if (chosen.length === eventCategories.length) return '';
	const params = new URLSearchParams();
	for (const c of eventCategories) if (chosen.includes(c)) params.append('kind', c);
	return `?${params}`;
}

/** The events in any of the chosen categories; the starting point (no category) always stays. */
export function filterTimeline(
	items: readonly TimelineEvent[],
	chosen: readonly EventCategory[]
): TimelineEvent[] {
	return items.filter(
		(item) => item.categories.length === 0 || item.categories.some((c) => chosen.includes(c))
	);
}

/** How many events each category has, for the filter labels. */
export function countByCategory(items: readonly TimelineEvent[]): Record<EventCategory, number> {
	const counts = Object.fromEntries(eventCategories.map((c) => [c, 0])) as Record<
		EventCategory,
		number
	>;
	for (const item of items) for (const c of item.categories) counts[c] += 1;
	return counts;
}
