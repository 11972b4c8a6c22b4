import { csvFileName } from '$lib/charts/csv';
import { chartModels } from '$lib/charts/models';
import { chartConfidence, chartSources, chartTable, describeChart } from '$lib/charts/table';
import { timelineSpan } from '$lib/data/currency';
import { events } from '$lib/data/facts';
import { timeline } from '$lib/data/timeline';
import { timelineEntries } from '$lib/data/timeline-view';
import type { Lang } from '$lib/i18n/langs';
import type { PageServerLoad } from './$types';

/**
 * The events and, per chart, what its figure shows (table, sources, text alternative), worked out
 * here from the fact sheet in the page's language: the browser gets these and never the whole
 * sheet and its schema. All of it is markup too, and the page hydrates with a second copy, so it
 * holds only what the components show: a chart's series come from `[chart].json` when it is drawn.
 */
export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	return {
		timeline: timelineEntries(timeline, lang),
		// The heading's months: from the events, so that it moves when the record grows.
		span: timelineSpan(events),
		charts: chartModels.map((model) => ({
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
