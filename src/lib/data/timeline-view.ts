import { placeIdsIn, type PlaceWords } from '$lib/content/place-match';
import type { Lang } from '$lib/i18n/langs';
import { formatEventDate } from './dates';
import type { EventCategory, EventInfo, EventText } from './event-text';
import type { Confidence, Source } from './schema';
import type { TimelineEvent } from './timeline';

/**
 * What the timeline page shows of one event, in the page's language only: the page's data carries
 * this and not the whole event (both languages, the sheet's English label and note), because
 * everything in it travels twice, once as markup and once as the data the page hydrates with.
 */
export interface TimelineEntry {
	id: string;
	isArticle: boolean;
	categories: readonly EventCategory[];
	explainer?: EventInfo['explainer'];
	/** ISO date, for the year groups and `<time datetime>`. */
	date: string;
	/** The date (or span) as the reader's language writes it. */
	when: string;
	confidence: Confidence;
	sources: readonly Source[];
	text: EventText;
	/** The story map's place this event happened at, if any. */
	place?: string;
}

/**
 * The events as one language's timeline shows them, oldest first; with the lesson's `places` (its
 * places.yaml), each linked to the first of them its English place text names on the story map.
 */
export function timelineEntries(
	items: readonly TimelineEvent[],
	lang: Lang,
	{ places = [] }: { places?: readonly PlaceWords[] } = {}
): TimelineEntry[] {
	const placeOf = (placeEn: string): string | undefined => placeIdsIn(places, placeEn)[0];
	return items.map((item) => ({
		id: item.id,
		isArticle: item.isArticle,
		categories: item.categories,
		...(item.explainer ? { explainer: item.explainer } : {}),
		date: item.fact.date,
		when: formatEventDate(item.fact.date, item.fact.date_end, lang),
		confidence: item.fact.confidence,
		sources: item.fact.sources,
		text: item.text[lang],
		...(placeOf(item.text.en.place) ? { place: placeOf(item.text.en.place) } : {})
	}));
}
