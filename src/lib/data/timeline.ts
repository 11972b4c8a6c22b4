import type { Lang } from '$lib/i18n/langs';
import { events } from './facts';
import { articleEventId, byId, eventInfo, type EventInfo, type EventText } from './event-text';
import type { TimelineFile } from '$lib/content/lesson/schema';
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
	info: Record<string, EventInfo> = eventInfo,
	articleEvent: string = articleEventId
): TimelineEvent[] {
	const ids = new Set(facts.map((fact) => fact.id));
	for (const id of Object.keys(info)) if (!ids.has(id)) throw new Error(`Text without event: ${id}`);
	return facts.map((fact) => {
		const extra = info[fact.id];
		if (!extra) throw new Error(`Event without text: ${fact.id}`);
		return { ...extra, fact, id: fact.id, isArticle: fact.id === articleEvent };
	});
}

export const timeline: readonly TimelineEvent[] = buildTimeline();

/**
 * A lesson's timeline: the events its timeline.yaml writes about, from the shared fact sheet, oldest
 * first (for the first lesson, which writes about every event, the same as `timeline`).
 */
export function lessonTimeline(file: TimelineFile, articleEvent: string): TimelineEvent[] {
	const info = byId(file);
	return buildTimeline(
		events.filter((fact) => fact.id in info),
		info,
		articleEvent
	);
}

/** The text of one event in one language (for citations elsewhere in the lesson). */
export function eventText(id: string, lang: Lang): EventText {
	const info = eventInfo[id];
	if (!info) throw new Error(`No such event: ${id}`);
	return info.text[lang];
}

export {
	categoriesFromParams,
	categoriesToQuery,
	countByCategory,
	filterTimeline,
	isEventCategory
} from './timeline-filter';
