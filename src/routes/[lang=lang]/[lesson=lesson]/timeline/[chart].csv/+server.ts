import { error } from '@sveltejs/kit';
import { chartCsv, csvFileName } from '$lib/charts/csv';
import { chartById } from '$lib/charts/models';
import { isLang } from '$lib/i18n/langs';
import { defaultLesson, findLesson } from '$lib/server/lessons/registry';
import type { RequestHandler } from './$types';

/**
 * A chart's data as a CSV download (UTF-8 with BOM), served so that the link works without
 * JavaScript and opens in a spreadsheet in the reader's own number format.
 */
export const GET: RequestHandler = ({ params }) => {
	// The charts are the first lesson's only (see the timeline's load).
	const model = findLesson(params.lesson) === defaultLesson ? chartById(params.chart) : undefined;
	if (!model || !isLang(params.lang)) error(404, 'Not found');
	return new Response(chartCsv(model, params.lang), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${csvFileName(model.id, params.lang)}"`,
			'cache-control': 'public, max-age=3600'
		}
	});
};
