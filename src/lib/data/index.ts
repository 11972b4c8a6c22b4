/** The sourced facts behind the timeline, the charts, the explainer and the guide: the one copy of the fact sheet. */
export { events, facts, getEvent, getFact, getSeries, pointDate, seriesNames, sourcesOf } from './facts';
export { backgroundFacts, findFact, requireFact } from './cited';
export { articleEventId, eventCategories, eventInfo, type EventCategory } from './event-text';
export { eventText, timeline, type TimelineEvent } from './timeline';
export type { BackgroundFact, Confidence, Fact, FactEvent, SeriesPoint, Source } from './schema';
