import { error, json } from '@sveltejs/kit';
import { chartById } from '$lib/charts/models';
import { isLang } from '$lib/i18n/langs';
import { defaultLesson, findLesson } from '$lib/server/lessons/registry';
import type { RequestHandler } from './$types';

/**
 * A chart's model (series, labels, units) for drawing it. The timeline page's markup already
 * holds each chart's figures as a table, so the page's data does not carry them a second time:
 * the chart fetches this when it comes near the screen.
 */
export const GET: RequestHandler = ({ params }) => {
	// The charts are the first lesson's only (see the timeline's load).
	const model = findLesson(params.lesson) === defaultLesson ? chartById(params.chart) : undefined;
	if (!model || !isLang(params.lang)) error(404, 'Not found');
	return json(model, { headers: { 'cache-control': 'public, max-age=3600' } });
};
