import { pointDate } from '$lib/data/facts';
import type { SeriesPoint } from '$lib/data/schema';
import { qualifierFromUnit } from './format';
import type { ChartPoint } from './types';

/** A sourced data point as a chart point; the hedge ("at least") is read from its unit. */
export function toPoint(fact: SeriesPoint, estimate: boolean): ChartPoint {
	return {
		x: pointDate(fact),
		y: fact.value,
		range: fact.value_range,
		qualifier: qualifierFromUnit(fact.unit),
		estimate,
		fact
	};
}
