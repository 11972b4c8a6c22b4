import { eventCategories, type EventCategory } from './event-text';

// The timeline's filters, apart from its data: the page's script imports these, and the events
// themselves come with the page's data from the server, so the fact sheet stays out of the browser.

/** An event as the filter sees it: its categories (none for the starting point). */
type Categorised = { readonly categories: readonly EventCategory[] };

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
export function filterTimeline<T extends Categorised>(
	items: readonly T[],
	chosen: readonly EventCategory[]
): T[] {
	return items.filter(
		(item) => item.categories.length === 0 || item.categories.some((c) => chosen.includes(c))
	);
}

/** How many events each category has, for the filter labels. */
export function countByCategory(items: readonly Categorised[]): Record<EventCategory, number> {
	const counts = Object.fromEntries(eventCategories.map((c) => [c, 0])) as Record<
		EventCategory,
		number
	>;
	for (const item of items) for (const c of item.categories) counts[c] += 1;
	return counts;
}
