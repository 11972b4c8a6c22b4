import { redirect, type RequestHandler } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/langs';
import { chartFileHref, lessonHref, type LessonPage } from '$lib/lessons/paths';

/**
 * A lesson page's address from before lessons had slugs (`/hu/explainer`): a permanent redirect to
 * the default lesson's page, keeping the query; the browser keeps the `#` anchor itself.
 */
export const movedToLesson =
	(page: LessonPage): RequestHandler<{ lang: Lang }> =>
	({ params, url }) =>
		redirect(308, lessonHref(params.lang, page) + url.search);

/** A chart's data file from before lessons had slugs (`/hu/timeline/chart-shells.csv`). */
export const chartFileMoved =
	(ext: 'csv' | 'json'): RequestHandler<{ lang: Lang; chart: string }> =>
	({ params }) =>
		redirect(308, chartFileHref(params.lang, params.chart, ext));
