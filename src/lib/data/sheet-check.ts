import type { Fact } from './schema';

/**
 * The lesson's record of facts (src/lib/data) started as a copy of the shared research sheet; the
 * sheet stays as it was while the record is corrected and extended. This compares the two and
 * lists every departure that the record does not declare: a sheet fact dropped, a field changed
 * without a `corrected` note naming it, a sheet source removed silently, a correction whose source
 * is not shown beside the fact, or a note naming a field that did not change.
 */
export function sheetProblems(sheet: readonly Record<string, unknown>[], record: readonly Fact[]): string[] {
	const problems: string[] = [];
	const byId = new Map(record.map((fact) => [fact.id, fact as Fact & Record<string, unknown>]));
	const sheetIds = new Set(sheet.map((fact) => String(fact.id)));
	for (const old of sheet) {
		const id = String(old.id);
		const now = byId.get(id);
		if (!now) {
			problems.push(`${id}: in the shared sheet but no longer in the lesson`);
			continue;
		}
		const declared = new Set<string>(now.corrected?.fields ?? []);
		const keys = new Set([...Object.keys(old), ...Object.keys(now)].filter((k) => k !== 'corrected'));
		for (const key of keys) {
			const same = JSON.stringify(old[key]) === JSON.stringify(now[key]);
			if (key === 'sources') {
				const urls = new Set(now.sources.map((s) => s.url));
				const kept = (old.sources as { url: string }[]).every((s) => urls.has(s.url));
				// Adding sources is always allowed; removing or changing one must be declared.
				if (!kept && !declared.has('sources')) problems.push(`${id}: a sheet source was removed without a correction`);
				if (declared.has('sources') && same) problems.push(`${id}: declares a correction of sources, but they are unchanged`);
				continue;
			}
			if (!same && !declared.has(key)) problems.push(`${id}: ${key} differs from the sheet without a correction`);
			if (same && declared.has(key)) problems.push(`${id}: declares a correction of ${key}, but it is unchanged`);
		}
		if (now.corrected) {
			const urls = new Set(now.sources.map((s) => s.url));
			for (const source of now.corrected.sources)
				if (!urls.has(source.url)) problems.push(`${id}: the correcting source ${source.url} is not among the fact's sources`);
		}
	}
	for (const fact of record)
		if (!sheetIds.has(fact.id) && fact.corrected)
			problems.push(`${fact.id}: an added fact has nothing to correct`);
	return problems;
}

/** The facts the lesson added after the research sheet. */
export function addedFacts(sheet: readonly Record<string, unknown>[], record: readonly Fact[]): Fact[] {
	const sheetIds = new Set(sheet.map((fact) => String(fact.id)));
	return record.filter((fact) => !sheetIds.has(fact.id));
}
