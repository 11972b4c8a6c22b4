import background from '../../data/background.json' with { type: 'json' };
import facts from '../../data/facts.json' with { type: 'json' };
import { latestFactDate } from '../../data/currency.ts';
import type { Fact } from '../../data/schema.ts';
import { chartIds, extraChartIds } from '../chart-ids.ts';
import type { LessonRefs } from './check.ts';

/*
 * What lessons may point at outside their folder, for now: the shared fact sheet
 * (src/lib/data/facts.json and background.json, checked by their own schema in facts.ts) and the
 * timeline's charts. When the facts move into the lesson folders, these come from the lesson.
 */
export function sharedRefs(): LessonRefs {
	const all = [...facts, ...background] as unknown as Fact[];
	return {
		factIds: new Set(all.map((f) => f.id)),
		chartIds: new Set<string>([...chartIds, ...extraChartIds]),
		latestFactDate: latestFactDate(all)
	};
}
