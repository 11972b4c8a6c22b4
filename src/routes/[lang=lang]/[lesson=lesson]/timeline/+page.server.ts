import { error } from '@sveltejs/kit';
import { csvFileName } from '$lib/charts/csv';
import { chartConfidence, chartSources, chartTable, describeChart } from '$lib/charts/table';
import { timelineSpan } from '$lib/data/currency';
import { lessonTimeline } from '$lib/data/timeline';
import { timelineEntries } from '$lib/data/timeline-view';
import { lessonCharts } from '$lib/server/lessons/charts';
import { defaultLesson, findLesson } from '$lib/server/lessons/registry';
import type { PageServerLoad } from './$types';

/**
 * A lesson's events and, per chart, what its figure shows (table, sources, text alternative),
 * worked out here from the fact sheet in the page's language: the browser gets these and never the
 * whole sheet and its schema. All of it is markup too, and the page hydrates with a second copy, so
 * it holds only what the components show: a chart's series come from `[chart].json` when it is
 * drawn. The charts are the lesson's own (its charts.yaml), and so are the places on its story map
 * that events link to (its places.yaml).
 */
export const load: PageServerLoad = ({ params }) => {
	const lesson = findLesson(params.lesson);
	if (!lesson || lesson.timeline.events.length === 0) error(404, { message: 'Not found' });
	const lang = params.lang;
	const timeline = lessonTimeline(lesson.timeline, lesson.meta.article.fact);
	const isDefault = lesson === defaultLesson;
	return {
		timeline: timelineEntries(timeline, lang, { places: lesson.places.places }),
		// The heading's months: from the events, so that it moves when the record grows.
		span: timelineSpan(timeline.map((event) => event.fact)),
		// The first lesson's introduction speaks of its own charts; another lesson's of charts in general.
		isDefault,
		charts: lessonCharts(lesson).map((model) => ({
			figure: {
				id: model.id,
				title: model.title[lang],
				takeaway: model.takeaway[lang],
				note: model.note[lang]
			},
			table: chartTable(model, lang),
			sources: chartSources(model),
			confidence: chartConfidence(model),
			description: describeChart(model, lang),
			csvName: csvFileName(model.id, lang)
		}))
	};
};
