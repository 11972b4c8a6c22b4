import { chartFileHref } from '$lib/lessons/paths';
import type { Lang } from '$lib/i18n/langs';
import type { ChartModel } from './types';

let drawing: Promise<typeof import('./draw')> | undefined;

/**
 * chart.js with the parts the charts use registered, and the configuration builder, loaded on
 * first use. The dynamic import keeps both out of every page's first load (an e2e test checks
 * the network: no chart.js on pages without a chart, none on the timeline until one is drawn).
 */
export function loadChartDrawing(): Promise<typeof import('./draw')> {
	drawing ??= import('./draw');
	return drawing;
}

const models = new Map<string, Promise<ChartModel>>();

/**
 * A chart's series, fetched when it is drawn (`/[lang]/[lesson]/timeline/[chart].json`) rather than sent
 * with the page, whose markup already holds the same figures as a table. Bilingual, so kept per
 * lesson and chart across a language switch.
 */
export function fetchChartModel(lang: Lang, id: string, lesson?: string): Promise<ChartModel> {
	const key = `${lesson ?? ''}/${id}`;
	let model = models.get(key);
	if (!model) {
		model = fetch(chartFileHref(lang, id, 'json', lesson)).then((response) => {
			if (!response.ok) throw new Error(`${id}: ${response.status}`);
			return response.json() as Promise<ChartModel>;
		});
		// A failed fetch (offline, say) is tried again when the chart is next drawn.
		model.catch(() => models.delete(key));
		models.set(key, model);
	}
	return model;
}
