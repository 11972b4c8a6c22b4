import * as v from 'valibot';
import { guidePages, stepPhases } from '../guide/types.ts';
import { eventCategories, planIds } from './vocabulary.ts';

/*
 * The valibot schemas of a lesson folder's files (see src/content/README.md). Each file is checked
 * against its schema when it is loaded; the messages are written for the people who edit the files,
 * and `issues.ts` turns a schema issue into "file: field: problem".
 *
 * Only relative imports here: the Vite plugin and `npm run lesson:check` load this file outside
 * SvelteKit, where `$lib` does not resolve.
 */

const langNames = { hu: 'Hungarian', en: 'English' } as const;
type LangCode = keyof typeof langNames;

const notBlank = (value: string) => value.trim() !== '';

/** Text in one language: required, not blank; a missing one reads "has no Hungarian text". */
const langText = (lang: LangCode) =>
	v.optional(
		v.pipe(
			v.string(`should be ${langNames[lang]} text (put it in quotes)`),
			v.check(notBlank, `has no ${langNames[lang]} text`)
		),
		''
	);

/** A short text with a value in each language. */
export const TextSchema = v.strictObject({ hu: langText('hu'), en: langText('en') });

const plainText = (what: string) =>
	v.pipe(v.string(`should be ${what}`), v.check(notBlank, `should not be empty`));

/** Ids name things for links, saved answers and references: lower case, digits and hyphens. */
export const IdSchema = v.pipe(
	v.string('should be an id'),
	v.regex(/^[a-z0-9][a-z0-9-]*$/, 'should be an id: lower-case letters, digits and hyphens')
);

/** A reference to a fact of the fact sheet; lesson:check makes sure it exists. */
const FactRefSchema = IdSchema;

/** `2024-09-13`: a calendar day, written year-month-day. */
const DaySchema = v.pipe(
	v.string('should be a date written 2024-09-13 (in quotes if needed)'),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'should be a date written 2024-09-13'),
	v.check(
		(s) =>
			!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
			new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
		'is not a real calendar day'
	)
);

const list = <T extends v.GenericSchema>(item: T, what: string) =>
	v.array(item, `should be a list of ${what}`);

// lesson.yaml --------------------------------------------------------------------------------------

export const LessonMetaSchema = v.strictObject({
	title: TextSchema,
	shortTitle: TextSchema,
	subtitle: TextSchema,
	article: v.strictObject({
		date: DaySchema,
		language: v.picklist(['hu', 'en'], 'should be hu or en'),
		source: TextSchema,
		/** The fact that records the article's own event. */
		fact: FactRefSchema
	}),
	/** The day of the lesson's latest sourced event. */
	asOf: DaySchema,
	/** The quizzes in the order they are listed; each is a file quizzes/<id>.yaml. */
	quizzes: v.optional(list(IdSchema, 'quiz ids'), [])
});

// glossary.yaml -------------------------------------------------------------------------------------

export const GlossaryTermSchema = v.strictObject({
	id: IdSchema,
	term: TextSchema,
	definition: TextSchema
});
export const GlossaryFileSchema = v.strictObject({ terms: list(GlossaryTermSchema, 'terms') });

// people.yaml ---------------------------------------------------------------------------------------

export const PersonSchema = v.strictObject({
	id: IdSchema,
	name: TextSchema,
	country: TextSchema,
	roles: list(v.strictObject({ text: TextSchema, fact: FactRefSchema }), 'roles')
});
export const PeopleFileSchema = v.strictObject({ people: list(PersonSchema, 'people') });

// explainer.yaml ------------------------------------------------------------------------------------

export const ParagraphSchema = v.strictObject({
	id: IdSchema,
	/** Marked-up text: `[[g:term|words]]`, `[[e:fact|figure]]`, `[[s:fact]]` (see rich-text.ts). */
	text: TextSchema,
	later: v.optional(v.boolean('should be true or false'))
});
export const SectionSchema = v.strictObject({
	id: IdSchema,
	title: TextSchema,
	paragraphs: list(ParagraphSchema, 'paragraphs')
});
export const ExplainerFileSchema = v.strictObject({
	/** The explainer's opening paragraph, under its title. */
	lead: TextSchema,
	/** One or two sentences for search results and link previews. */
	description: TextSchema,
	sections: list(SectionSchema, 'sections')
});

// timeline.yaml -------------------------------------------------------------------------------------

const eventText = (lang: LangCode) =>
	v.strictObject({
		title: langText(lang),
		note: langText(lang),
		people: langText(lang),
		place: langText(lang)
	});

export const EventSchema = v.strictObject({
	/** The id of the event's fact in the fact sheet. */
	id: FactRefSchema,
	categories: list(
		v.picklist(eventCategories, `should be one of ${eventCategories.join(', ')}`),
		'categories'
	),
	related: v.optional(list(FactRefSchema, 'fact ids')),
	/** The explainer section or paragraph that discusses this event. */
	explainer: v.optional(IdSchema),
	text: v.strictObject({ hu: eventText('hu'), en: eventText('en') })
});
export const TimelineFileSchema = v.strictObject({ events: list(EventSchema, 'events') });

// charts.yaml --------------------------------------------------------------------------------------

/** The shapes a series' markers can have (chart.js's point styles), so that colour is never the only signal. */
export const chartMarkers = [
	'circle',
	'cross',
	'crossRot',
	'rect',
	'rectRot',
	'rectRounded',
	'star',
	'triangle'
] as const;

/** How many colours the charts' palette has (src/lib/charts/config.ts), besides `highlight`. */
export const paletteSize = 5;

const colorMessage = `should be a colour number from 0 to ${paletteSize - 1}, or highlight`;

const ChartSeriesSchema = v.strictObject({
	/** The series' column name in the chart's data; lower case, digits, hyphens or underscores. */
	key: v.pipe(
		v.string('should be a name'),
		v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'should be lower-case letters, digits, hyphens or underscores')
	),
	label: TextSchema,
	/** A colour of the palette by its number (0 to 4), or `highlight` for the article's own event. */
	color: v.union(
		[
			v.pipe(
				v.number(colorMessage),
				v.integer(colorMessage),
				v.minValue(0, colorMessage),
				v.maxValue(paletteSize - 1, colorMessage)
			),
			v.literal('highlight', colorMessage)
		],
		colorMessage
	),
	marker: v.picklist(chartMarkers, `should be one of ${chartMarkers.join(', ')}`),
	/** Line and gap lengths of a dashed line (`[8, 4]`); estimates are always dashed. */
	dash: v.optional(
		list(v.pipe(v.number('should be a number'), v.minValue(0, 'should not be negative')), 'numbers')
	),
	/** The figures are estimates (dashed, hollow, pale) rather than official or counted ones. */
	estimate: v.optional(v.boolean('should be true or false'), false),
	/** The series' figures: data points of the fact sheet, by id. */
	facts: v.pipe(list(FactRefSchema, 'fact ids'), v.minLength(1, 'needs at least one fact'))
});

const chartTexts = {
	id: IdSchema,
	title: TextSchema,
	/** One sentence: what a student should take away. */
	takeaway: TextSchema,
	/** What the chart leaves out or how to read it; shown under the chart. */
	note: TextSchema,
	/** What the numbers count: the axis title. */
	unit: TextSchema,
	/** Decimals shown for values. */
	decimals: v.pipe(
		v.number('should be a number'),
		v.integer('should be a whole number'),
		v.minValue(0, 'should not be negative')
	),
	/** Facts the note states besides the plotted ones (timeline events). */
	noteFacts: v.optional(list(FactRefSchema, 'fact ids')),
	series: v.pipe(list(ChartSeriesSchema, 'series'), v.minLength(1, 'needs at least one series'))
};

export const ChartSchema = v.variant(
	'kind',
	[
		/** Lines over a time axis, one point per dated figure. */
		v.strictObject({
			...chartTexts,
			kind: v.literal('line'),
			/** Break a line where two figures are further apart than this many days. */
			gapDays: v.optional(
				v.pipe(v.number('should be a number of days'), v.minValue(1, 'should be at least 1'))
			),
			/** A shaded band over the range of some figures where sources disagree. */
			band: v.optional(
				v.strictObject({
					label: TextSchema,
					facts: v.pipe(list(FactRefSchema, 'fact ids'), v.minLength(2, 'needs at least two facts'))
				})
			)
		}),
		/** Bars by year, one bar per series and year (stacked if `stacked: true`). */
		v.strictObject({
			...chartTexts,
			kind: v.literal('bar'),
			stacked: v.optional(v.boolean('should be true or false'))
		}),
		/** A chart the app works out itself (src/lib/charts/computed.ts): only its place is here. */
		v.strictObject({ id: IdSchema, kind: v.literal('computed') })
	],
	(issue) => `should have a kind: line, bar or computed (not ${String(issue.input)})`
);
export const ChartsFileSchema = v.strictObject({ charts: list(ChartSchema, 'charts') });

// places.yaml --------------------------------------------------------------------------------------

const number = v.number('should be a number');
export const PlaceSchema = v.strictObject({
	id: IdSchema,
	/** A city or a site is drawn as a dot, a region as a ring. */
	kind: v.picklist(['city', 'site', 'region'], 'should be city, site or region'),
	lon: v.pipe(
		number,
		v.minValue(-180, 'should be a longitude'),
		v.maxValue(180, 'should be a longitude')
	),
	lat: v.pipe(
		number,
		v.minValue(-90, 'should be a latitude'),
		v.maxValue(90, 'should be a latitude')
	),
	/** Drawn on the close-up of the border rather than on the main map. */
	inset: v.optional(v.boolean('should be true or false'), false),
	name: TextSchema,
	note: TextSchema,
	/** Words of an event's English place that put the event on this place ("Khasan", "Tumangang"). */
	match: v.pipe(list(plainText('a word'), 'words'), v.minLength(1, 'needs at least one word')),
	/** Where its name sits beside its marker (on the close-up if it is drawn there). */
	label: v.strictObject({
		/** How far the name sits from the marker, in pixels of the map: right and down. */
		dx: number,
		dy: number,
		/** Which end of the name is at that point; `start`, the default, writes it to the right. */
		anchor: v.optional(v.picklist(['start', 'middle', 'end'], 'should be start, middle or end')),
		/** The name broken over several lines (`"Vostochny\\nCosmodrome"`), where it is long. */
		lines: v.optional(TextSchema)
	})
});
export const PlacesFileSchema = v.strictObject({ places: list(PlaceSchema, 'places') });

// quizzes/<id>.yaml ---------------------------------------------------------------------------------

const OptionSchema = v.strictObject({ id: IdSchema, text: TextSchema });
const options = (what: string) =>
	v.pipe(list(OptionSchema, what), v.minLength(2, `needs at least two ${what}`));

const EvidenceSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('explainer'), anchor: IdSchema }),
		v.strictObject({ kind: v.literal('chart'), anchor: IdSchema })
	],
	'should say kind: explainer or kind: chart'
);

const base = {
	id: IdSchema,
	difficulty: v.picklist([1, 2, 3], 'should be 1, 2 or 3'),
	prompt: TextSchema,
	/** As written, with estimate markers; readers see the words the markers show. */
	explanation: TextSchema,
	evidence: EvidenceSchema
};

const acceptedText = v.strictObject({
	lang: v.picklist(['hu', 'en'], 'should be hu or en'),
	variants: v.pipe(
		list(plainText('an accepted answer'), 'accepted answers'),
		v.minLength(1, 'needs at least one accepted answer')
	)
});

export const QuestionSchema = v.variant(
	'type',
	[
		v.strictObject({
			...base,
			type: v.literal('single'),
			options: options('options'),
			key: IdSchema
		}),
		v.strictObject({
			...base,
			type: v.literal('multi'),
			options: options('options'),
			key: v.pipe(list(IdSchema, 'option ids'), v.minLength(1, 'needs at least one correct option'))
		}),
		v.strictObject({
			...base,
			type: v.literal('truefalse'),
			key: v.boolean('should be true or false')
		}),
		v.strictObject({
			...base,
			type: v.literal('order'),
			items: options('items'),
			key: list(IdSchema, 'item ids')
		}),
		v.strictObject({
			...base,
			type: v.literal('match'),
			left: options('left-hand items'),
			right: options('right-hand items'),
			key: v.record(IdSchema, IdSchema, 'should map each left id to a right id')
		}),
		v.strictObject({
			...base,
			type: v.literal('numeric'),
			unit: v.optional(TextSchema),
			key: v.strictObject({
				value: v.number('should be a number'),
				tolerance: v.pipe(v.number('should be a number'), v.minValue(0, 'should not be negative'))
			})
		}),
		v.strictObject({
			...base,
			type: v.literal('text'),
			key: v.strictObject({ hu: acceptedText, en: acceptedText })
		}),
		v.strictObject({
			...base,
			type: v.literal('table'),
			/** The name of a table under `tables:` in the same file. */
			table: IdSchema,
			options: options('options'),
			key: IdSchema
		})
	],
	(issue) =>
		`should have a type: one of single, multi, truefalse, order, match, numeric, text, table (not ${String(issue.input)})`
);

export const DataTableSchema = v.strictObject({
	caption: TextSchema,
	columns: v.tuple([TextSchema, TextSchema], 'should be two column headings'),
	rows: list(
		v.strictObject({
			label: TextSchema,
			value: v.number('should be a number'),
			factId: FactRefSchema,
			source: plainText('a short citation'),
			estimate: v.optional(v.boolean('should be true or false'))
		}),
		'rows'
	)
});

export const QuizFileSchema = v.strictObject({
	id: IdSchema,
	title: TextSchema,
	description: TextSchema,
	tables: v.optional(v.record(IdSchema, DataTableSchema, 'should name each table')),
	questions: v.pipe(
		list(QuestionSchema, 'questions'),
		v.minLength(1, 'needs at least one question')
	)
});

// guide/plans.yaml ----------------------------------------------------------------------------------

const LinkTargetSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('explainer'), anchor: IdSchema }),
		v.strictObject({ kind: v.literal('chart'), anchor: IdSchema }),
		v.strictObject({ kind: v.literal('quiz'), quiz: IdSchema }),
		v.strictObject({
			kind: v.literal('page'),
			page: v.picklist(guidePages, `should be one of ${guidePages.join(', ')}`)
		}),
		v.strictObject({ kind: v.literal('parallel') })
	],
	'should say kind: explainer, chart, quiz, page or parallel'
);

export const StepSchema = v.strictObject({
	minutes: v.pipe(
		v.number('should be a number of minutes'),
		v.integer('should be whole minutes'),
		v.minValue(1, 'should be at least 1')
	),
	phase: v.picklist(stepPhases, `should be one of ${stepPhases.join(', ')}`),
	title: TextSchema,
	activity: TextSchema,
	links: list(v.strictObject({ target: LinkTargetSchema, label: TextSchema }), 'links')
});

export const PlanSchema = v.strictObject({
	id: v.picklist(planIds, `should be one of ${planIds.join(', ')}`),
	lessonMinutes: v.pipe(
		v.number('should be a number of minutes'),
		v.integer('should be whole minutes')
	),
	intro: TextSchema,
	lessons: v.pipe(
		list(v.strictObject({ steps: list(StepSchema, 'steps') }), 'lessons'),
		v.minLength(1, 'needs at least one lesson')
	)
});
export const PlansFileSchema = v.strictObject({ plans: list(PlanSchema, 'plans') });

export type LessonMeta = v.InferOutput<typeof LessonMetaSchema>;
export type GlossaryFile = v.InferOutput<typeof GlossaryFileSchema>;
export type PeopleFile = v.InferOutput<typeof PeopleFileSchema>;
export type ExplainerFile = v.InferOutput<typeof ExplainerFileSchema>;
export type TimelineFile = v.InferOutput<typeof TimelineFileSchema>;
export type ChartsFile = v.InferOutput<typeof ChartsFileSchema>;
export type ChartEntry = v.InferOutput<typeof ChartSchema>;
export type PlacesFile = v.InferOutput<typeof PlacesFileSchema>;
export type QuizFile = v.InferOutput<typeof QuizFileSchema>;
export type QuestionEntry = v.InferOutput<typeof QuestionSchema>;
export type DataTableEntry = v.InferOutput<typeof DataTableSchema>;
export type PlansFile = v.InferOutput<typeof PlansFileSchema>;
