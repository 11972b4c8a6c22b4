import { error, json } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/langs';
import { lessonChart } from '$lib/server/lessons/charts';
import { findLesson } from '$lib/server/lessons/registry';
import type { RequestHandler } from './$types';

/**
 * A chart's model (series, labels, units) for drawing it. The timeline page's markup already
 * holds each chart's figures as a table, so the page's data does not carry them a second time:
 * the chart fetches this when it comes near the screen.
 */
export const GET: RequestHandler = ({ params }) => {
	// The lesson's own charts (its charts.yaml): another lesson's chart id is not found here.
	const lesson = findLesson(params.lesson);
	const model = lesson && lessonChart(lesson, params.chart);
	if (!model || !isLang(params.lang)) error(404, 'Not found');
	return json(model, { headers: { 'cache-control': 'public, max-age=3600' } });
};
