import { error } from '@sveltejs/kit';
import { chartCsv, csvFileName } from '$lib/charts/csv';
import { isLang } from '$lib/i18n/langs';
import { lessonChart } from '$lib/server/lessons/charts';
import { findLesson } from '$lib/server/lessons/registry';
import type { RequestHandler } from './$types';

/**
 * A chart's data as a CSV download (UTF-8 with BOM), served so that the link works without
 * JavaScript and opens in a spreadsheet in the reader's own number format.
 */
export const GET: RequestHandler = ({ params }) => {
	// The lesson's own charts (its charts.yaml): another lesson's chart id is not found here.
	const lesson = findLesson(params.lesson);
	const model = lesson && lessonChart(lesson, params.chart);
	if (!model || !isLang(params.lang)) error(404, 'Not found');
	return new Response(chartCsv(model, params.lang), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${csvFileName(model.id, params.lang)}"`,
			'cache-control': 'public, max-age=3600'
		}
	});
};
