import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { chartById } from '$lib/charts/models';
import { isSheetId, sheetHref } from '$lib/content/guide/links';
import type { Lang } from '$lib/i18n/langs';
import {
	chartFileHref,
	lessonHref,
	mapHref,
	quizHref,
	quizRef,
	defaultSlug,
	type LessonPage
} from '$lib/lessons/paths';
import { findQuiz } from '../quiz/bank';

/**
 * A lesson page's address from before lessons had slugs (`/hu/explainer`): a permanent redirect to
 * the default lesson's page, keeping the query; the browser keeps the `#` anchor itself.
 */
export const movedToLesson =
	(page: LessonPage): RequestHandler<{ lang: Lang }> =>
	({ params, url }) =>
		redirect(308, lessonHref(params.lang, page) + url.search);

/**
 * A chart's data file from before lessons had slugs (`/hu/timeline/chart-shells.csv`); a chart that
 * never was is a 404 here, not a redirect to one.
 */
export const chartFileMoved =
	(ext: 'csv' | 'json'): RequestHandler<{ lang: Lang; chart: string }> =>
	({ params }) => {
		if (!chartById(params.chart)) error(404, 'Not found');
		redirect(308, chartFileHref(params.lang, params.chart, ext));
	};

/** A quiz's address from before lessons had slugs (`/hu/quizzes/article`); an unknown quiz is a 404. */
export const quizMoved: RequestHandler<{ lang: Lang; quiz: string }> = ({ params, url }) => {
	if (!findQuiz(quizRef(defaultSlug, params.quiz)))
		error(404, { message: 'Quiz not found', key: 'quiz:not_found' });
	redirect(308, quizHref(params.lang, params.quiz) + url.search);
};

/**
 * A printable sheet's address from before lessons had slugs (`/hu/teacher/guide/print/worksheet`):
 * the default lesson's sheet, keeping the query; a sheet that never was is a 404 here, not a
 * redirect to one.
 */
export const sheetMoved: RequestHandler<{ lang: Lang; sheet: string }> = ({ params, url }) => {
	if (!isSheetId(params.sheet)) error(404, 'Not found');
	redirect(308, sheetHref(params.lang, params.sheet) + url.search);
};

/** The story map's address from before lessons had slugs (`/hu/map.svg`): the default lesson's map. */
export const mapMoved: RequestHandler<{ lang: Lang }> = ({ params }) =>
	redirect(308, mapHref(params.lang));
