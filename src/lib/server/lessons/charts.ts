import { chartModelsOf } from '$lib/charts/engine';
import type { ChartModel } from '$lib/charts/types';
import type { LessonContent } from './content';

/*
 * A lesson's charts as the timeline and its chart files serve them: built once per lesson by the
 * engine from its charts.yaml and the fact sheet (checked when the lesson was loaded).
 */

const built = new WeakMap<LessonContent, readonly ChartModel[]>();

/** The lesson's charts, in reading order (none when it has no charts.yaml). */
export function lessonCharts(lesson: LessonContent): readonly ChartModel[] {
	let models = built.get(lesson);
	if (!models) built.set(lesson, (models = chartModelsOf(lesson.charts)));
	return models;
}

/** One of the lesson's charts by its id (`chart-shells`), or undefined. */
export const lessonChart = (lesson: LessonContent, id: string): ChartModel | undefined =>
	lessonCharts(lesson).find((model) => model.id === id);
