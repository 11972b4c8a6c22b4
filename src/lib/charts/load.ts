import type { Chart } from 'chart.js';

let pending: Promise<typeof Chart> | undefined;

/**
 * chart.js with the parts the charts use registered, loaded on first use. The dynamic import
 * keeps chart.js out of every page that shows no chart (an e2e test checks the network).
 */
export function loadChartJs(): Promise<typeof Chart> {
	pending ??= import('./chartjs').then((module) => module.Chart);
	return pending;
}
