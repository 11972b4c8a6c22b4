/** The sourced facts behind the timeline and charts, for any page that cites or tabulates them. */
export { events, facts, getEvent, getFact, getSeries, pointDate, seriesNames, sourcesOf } from './facts';
export { articleEventId, eventCategories, eventInfo, type EventCategory } from './event-text';
export { eventText, timeline, type TimelineEvent } from './timeline';
export type { Confidence, Fact, FactEvent, SeriesPoint, Source } from './schema';
