import * as v from 'valibot';

/** `2024`, `2024-09` or `2024-09-13`, and only real calendar dates (no 31 April). */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return false;
	const [, y, m, d] = match;
	if (m === undefined) return true;
	const month = Number(m);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	const lastDay = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
	return day >= 1 && day <= lastDay;
}

const isoDate = v.pipe(
	v.string(),
	v.check(isIsoDate, (issue) => `Bad date: ${issue.input}`)
);

/**
 * A source's publication date as the fact sheet gives it: an ISO date, optionally followed by a
 * note in brackets ("2024 (after October; exact date not shown)"), or "undated".
 */
const sourceDate = v.pipe(
	v.string(),
	v.check(
		(value) => value === 'undated' || isIsoDate(value.replace(/ \(.+\)$/, '')),
		(issue) => `Bad source date: ${issue.input}`
	)
);

export const SourceSchema = v.object({
	publisher: v.pipe(v.string(), v.nonEmpty()),
	title: v.pipe(v.string(), v.nonEmpty()),
	url: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)),
	date: sourceDate
});

/**
 * Where the lesson's record of a fact departs from the research sheet it started from: which
 * fields changed, why, and the source that shows it. A spec compares every such fact with the sheet.
 */
export const CorrectionSchema = v.object({
	fields: v.pipe(
		v.array(
			v.picklist(['date', 'date_end', 'value', 'value_range', 'unit', 'label_en', 'note_en', 'people', 'place', 'sources', 'confidence'])
		),
		v.minLength(1)
	),
	note_en: v.pipe(v.string(), v.nonEmpty()),
	sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'A correction needs its source'))
});

const common = {
	id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
	label_en: v.pipe(v.string(), v.nonEmpty()),
	note_en: v.string(),
	// A fact without a source must never reach a reader.
	sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'Every fact needs at least one source')),
	confidence: v.picklist(['high', 'medium', 'low']),
	corrected: v.optional(CorrectionSchema)
};

export const EventSchema = v.object({
	...common,
	kind: v.literal('event'),
	date: isoDate,
	date_end: v.optional(isoDate),
	people: v.string(),
	place: v.string()
});

export const SeriesPointSchema = v.object({
	...common,
	kind: v.literal('series'),
	series: v.pipe(v.string(), v.nonEmpty()),
	date: v.optional(isoDate),
	year: v.optional(v.pipe(v.number(), v.integer())),
	// `null` where the fact sheet found no figure at all (trade in 2021): shown as "no data", never as 0.
	value: v.nullable(v.number()),
	value_range: v.optional(v.tuple([v.number(), v.number()])),
	unit: v.string()
});

/**
 * A background fact the explainer and the teacher's guide state (a treaty, a role, a caveat on
 * estimates): on no timeline or chart, but sourced like the rest.
 */
export const BackgroundSchema = v.object({
	...common,
	kind: v.literal('background'),
	date: v.optional(isoDate),
	year: v.optional(v.pipe(v.number(), v.integer()))
});

export const FactSchema = v.variant('kind', [EventSchema, SeriesPointSchema, BackgroundSchema]);
export const FactsSchema = v.array(FactSchema);

export type Source = v.InferOutput<typeof SourceSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type FactEvent = v.InferOutput<typeof EventSchema>;
export type SeriesPoint = v.InferOutput<typeof SeriesPointSchema>;
export type BackgroundFact = v.InferOutput<typeof BackgroundSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Confidence = Fact['confidence'];
