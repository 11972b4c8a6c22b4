import file from '$lessons/shoigu-pyongyang-2024/charts.yaml';
import type { ChartsFile } from '$lib/content/lesson/schema';
import { getFact } from '$lib/data/facts';
import type { Fact } from '$lib/data/schema';
import { chartModelsOf } from './engine';
import type { ChartModel } from './types';

/*
 * The default lesson's charts, built by the engine from its charts.yaml: the quizzes' chart
 * evidence, the old chart addresses and the language checks read them here. The timeline of any
 * lesson builds its own (src/lib/server/lessons/charts.ts).
 */

export { toPoint } from './point';
export { visitDirections } from './computed';

/** The charts of the default lesson's timeline page, in reading order. */
export const buildChartModels = (): ChartModel[] => chartModelsOf(file as ChartsFile);

export const chartModels: readonly ChartModel[] = buildChartModels();

/**
 * The facts a chart holds: its plotted points, its band and the events its note names. A quiz
 * that cites the chart as evidence, and the chart's own takeaway and note, state only these.
 */
export function chartFacts(model: ChartModel): Fact[] {
	return [
		...model.series.flatMap((s) => s.points.map((p) => p.fact)),
		...(model.band?.facts ?? []),
		...(model.noteFacts ?? []).map((id) => {
			const fact = getFact(id);
			if (!fact) throw new Error(`No such fact: ${id}`);
			return fact;
		})
	];
}

/** One chart's model by its element id (`chart-shells`); throws on an unknown id. */
export function getChartModel(id: string): ChartModel {
	const model = chartModels.find((m) => m.id === id);
	if (!model) throw new Error(`No such chart: ${id}`);
	return model;
}

/** The chart with this id, if there is one. */
export const chartById = (id: string): ChartModel | undefined =>
	chartModels.find((m) => m.id === id);
