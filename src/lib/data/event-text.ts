import type { ExplainerParagraphId, ExplainerSectionId } from '$lib/content/anchors';
import type { Lang } from '$lib/i18n/langs';
import * as lesson from '$lessons/shoigu-pyongyang-2024/lesson.yaml';
import timeline from '$lessons/shoigu-pyongyang-2024/timeline.yaml';
import type { LessonMeta, TimelineFile } from '$lib/content/lesson/schema';
import { eventCategories } from '$lib/content/lesson/vocabulary';

/** The timeline's filters: each event belongs to one or more of these. */
export { eventCategories };
export type EventCategory = (typeof eventCategories)[number];

/** What a reader sees of one event in one language. */
export interface EventText {
	title: string;
	note: string;
	people: string;
	place: string;
}

export interface EventInfo {
	/** Empty only for the starting point (the invasion), which every filter keeps. */
	categories: readonly EventCategory[];
	/** Other facts the note states (a treaty it mentions), so that a spec can check its numbers. */
	related?: readonly string[];
	/** The explainer paragraph that discusses this event, if any. */
	explainer?: ExplainerSectionId | ExplainerParagraphId;
	text: Record<Lang, EventText>;
}

/** The article's own event: highlighted on the timeline and marked on the visits chart. */
export const articleEventId: string = (lesson as unknown as LessonMeta).article.fact;

/** Events by id, from a lesson folder's list. */
export function byId(file: TimelineFile): Record<string, EventInfo> {
	return Object.fromEntries(
		file.events.map(({ id, ...info }) => [id, info as EventInfo] as const)
	);
}

/**
 * Titles, notes, people and places of the timeline events in both languages, written from the
 * fact sheet (same ids) in the lesson folder's timeline.yaml. Hungarian uses the article's name
 * forms (Sojgu, Kim Dzsong-un, Phenjan).
 */
export const eventInfo: Record<string, EventInfo> = /* @__PURE__ */ byId(timeline as TimelineFile);
