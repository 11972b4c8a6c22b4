import background from '../../data/background.json' with { type: 'json' };
import facts from '../../data/facts.json' with { type: 'json' };
import { latestFactDate } from '../../data/currency.ts';
import type { Fact } from '../../data/schema.ts';
import { computedChartIds } from '../chart-ids.ts';
import type { LessonRefs } from './check.ts';

/*
 * What lessons may point at outside their folder, for now: the shared fact sheet
 * (src/lib/data/facts.json and background.json, checked by their own schema in facts.ts) and the
 * charts the app works out itself. When the facts move into the lesson folders, these come from the
 * lesson.
 */
export function sharedRefs(): LessonRefs {
	const all = [...facts, ...background] as unknown as Fact[];
	return {
		factIds: new Set(all.map((f) => f.id)),
		pointFacts: new Map(
			all.flatMap((f) =>
				f.kind === 'series' ? [[f.id, { date: f.date, year: f.year, value: f.value }] as const] : []
			)
		),
		computedChartIds: new Set<string>(computedChartIds),
		latestFactDate: latestFactDate(all)
	};
}
