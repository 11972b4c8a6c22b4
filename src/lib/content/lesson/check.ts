import type { LessonError } from './issues.ts';
import type { Lesson } from './load.ts';
import type { ChartEntry, QuestionEntry } from './schema.ts';

/*
 * The checks across files that a schema cannot make: ids unique, every key among its options,
 * every glossary, fact and anchor reference resolving, both languages saying the same things.
 * The Vite plugin runs them on every build and `npm run lesson:check` prints them.
 */

/** What a lesson may point at outside itself. */
export interface LessonRefs {
	/** Every fact id of the fact sheet. */
	factIds: ReadonlySet<string>;
	/** Every data point of the fact sheet (a figure with its date or year): what charts plot. */
	pointFacts: ReadonlyMap<string, { date?: string; year?: number; value: number | null }>;
	/** The charts the app works out itself (`kind: computed` in charts.yaml). */
	computedChartIds: ReadonlySet<string>;
	/** The date of the latest fact, which lesson.yaml's asOf must equal. */
	latestFactDate?: string;
}

/** `[[g:term|words]]`, `[[e:fact|figure]]`, `[[s:fact]]`, as rich-text.ts reads them. */
const marker = /\[\[([ges]):([a-z0-9-]+)(?:\|([^\]|]+))?\]\]/g;

type Markers = { terms: string[]; facts: string[]; broken: boolean };

export function markersOf(text: string): Markers {
	const terms: string[] = [];
	const facts: string[] = [];
	for (const [, kind, id] of text.matchAll(marker)) (kind === 'g' ? terms : facts).push(id);
	const broken = text.replace(marker, '').includes('[[') || text.replace(marker, '').includes(']]');
	return { terms, facts, broken };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
	new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/** Every problem across the lesson's files; empty when it is consistent. */
export function checkLesson(lesson: Lesson, refs: LessonRefs): LessonError[] {
	const errors: LessonError[] = [];
	const err = (file: string, field: string, problem: string) =>
		errors.push({ file, field, problem });

	const unique = (file: string, what: string, ids: readonly string[], seen = new Set<string>()) => {
		for (const id of ids) {
			if (seen.has(id)) err(file, `${what} '${id}'`, 'has the same id as another one');
			seen.add(id);
		}
		return seen;
	};
	const fact = (file: string, field: string, id: string) => {
		if (!refs.factIds.has(id))
			err(file, field, `refers to fact '${id}', which is not in the fact sheet`);
	};

	const terms = new Set(lesson.glossary.terms.map((t) => t.id));
	/** Checks a marked-up text in both languages: markers well formed, resolving, the same in each. */
	const marked = (
		file: string,
		field: string,
		text: { hu: string; en: string },
		allowTerms: boolean
	) => {
		const hu = markersOf(text.hu);
		const en = markersOf(text.en);
		for (const [lang, m] of [
			['hu', hu],
			['en', en]
		] as const) {
			if (m.broken) err(file, `${field}.${lang}`, 'has a broken [[…]] marker');
			for (const id of m.terms)
				if (!allowTerms)
					err(
						file,
						`${field}.${lang}`,
						`has a glossary marker [[g:${id}]], which only the explainer may use`
					);
				else if (!terms.has(id))
					err(
						file,
						`${field}.${lang}`,
						`refers to glossary term '${id}', which glossary.yaml does not have`
					);
			for (const id of m.facts) fact(file, `${field}.${lang}`, id);
		}
		if (!sameSet(hu.facts, en.facts))
			err(file, field, 'cites different facts in Hungarian and English');
		if (!sameSet(hu.terms, en.terms))
			err(file, field, 'marks different glossary terms in Hungarian and English');
	};

	// lesson.yaml
	const { meta } = lesson;
	fact('lesson.yaml', 'article.fact', meta.article.fact);
	if (meta.article.date > meta.asOf) err('lesson.yaml', 'asOf', 'is before the article’s date');
	if (refs.latestFactDate && meta.asOf !== refs.latestFactDate)
		err('lesson.yaml', 'asOf', `should be ${refs.latestFactDate}, the date of the latest fact`);
	unique('lesson.yaml', 'quiz', meta.quizzes);

	// explainer.yaml
	const sections = lesson.explainer.sections;
	const anchors = unique(
		'explainer.yaml',
		'section',
		sections.map((s) => s.id)
	);
	for (const section of sections) {
		unique(
			'explainer.yaml',
			'paragraph',
			section.paragraphs.map((p) => p.id),
			anchors
		);
		for (const p of section.paragraphs)
			marked('explainer.yaml', `section '${section.id}' paragraph '${p.id}' text`, p.text, true);
	}
	const usedTerms = new Set(
		sections.flatMap((s) => s.paragraphs.flatMap((p) => markersOf(p.text.hu).terms))
	);

	// glossary.yaml, people.yaml
	unique(
		'glossary.yaml',
		'term',
		lesson.glossary.terms.map((t) => t.id)
	);
	for (const term of lesson.glossary.terms)
		if (!usedTerms.has(term.id))
			err('glossary.yaml', `term '${term.id}'`, 'is not used in the explainer');
	unique(
		'people.yaml',
		'person',
		lesson.people.people.map((p) => p.id)
	);
	for (const person of lesson.people.people)
		person.roles.forEach((role, i) =>
			fact('people.yaml', `person '${person.id}' role ${i + 1} fact`, role.fact)
		);

	// timeline.yaml
	unique(
		'timeline.yaml',
		'event',
		lesson.timeline.events.map((e) => e.id)
	);
	for (const event of lesson.timeline.events) {
		const field = `event '${event.id}'`;
		fact('timeline.yaml', `${field} id`, event.id);
		for (const id of event.related ?? []) fact('timeline.yaml', `${field} related`, id);
		if (event.explainer && !anchors.has(event.explainer))
			err(
				'timeline.yaml',
				`${field} explainer`,
				`refers to '${event.explainer}', which is not a section or paragraph of explainer.yaml`
			);
	}

	// charts.yaml
	const chartIds = unique(
		'charts.yaml',
		'chart',
		lesson.charts.charts.map((c) => c.id)
	);
	for (const chart of lesson.charts.charts) errors.push(...chartProblems(chart, refs));

	// places.yaml
	unique(
		'places.yaml',
		'place',
		lesson.places.places.map((p) => p.id)
	);
	for (const place of lesson.places.places)
		for (const lang of ['hu', 'en'] as const) {
			const lines = place.label.lines?.[lang];
			if (lines && lines.replace(/\s+/g, '') !== place.name[lang].replace(/\s+/g, ''))
				err(
					'places.yaml',
					`place '${place.id}' label.lines.${lang}`,
					`should be the name '${place.name[lang]}' broken into lines`
				);
		}

	// guide/plans.yaml
	unique(
		'guide/plans.yaml',
		'plan',
		lesson.plans.plans.map((p) => p.id)
	);
	for (const plan of lesson.plans.plans)
		plan.lessons.forEach(({ steps }, n) => {
			const field = `plan '${plan.id}' lesson ${n + 1}`;
			const minutes = steps.reduce((sum, step) => sum + step.minutes, 0);
			if (minutes !== plan.lessonMinutes)
				err(
					'guide/plans.yaml',
					field,
					`steps add up to ${minutes} minutes, not ${plan.lessonMinutes}`
				);
			steps.forEach((step, s) =>
				step.links.forEach(({ target }, l) => {
					const at = `${field} step ${s + 1} link ${l + 1}`;
					if (target.kind === 'explainer' && !anchors.has(target.anchor))
						err(
							'guide/plans.yaml',
							at,
							`refers to '${target.anchor}', which is not a section or paragraph of explainer.yaml`
						);
					if (target.kind === 'chart' && !chartIds.has(target.anchor))
						err(
							'guide/plans.yaml',
							at,
							`refers to chart '${target.anchor}', which the timeline does not have`
						);
					if (target.kind === 'quiz' && !lesson.meta.quizzes.includes(target.quiz))
						err(
							'guide/plans.yaml',
							at,
							`refers to quiz '${target.quiz}', which lesson.yaml does not list`
						);
				})
			);
		});

	// quizzes/<id>.yaml
	const questionIds = new Set<string>();
	for (const quiz of lesson.quizzes) {
		const file = `quizzes/${quiz.id}.yaml`;
		unique(
			file,
			'question',
			quiz.questions.map((q) => q.id),
			questionIds
		);
		const usedTables = new Set<string>();
		for (const [name, table] of Object.entries(quiz.tables ?? {}))
			table.rows.forEach((row, i) => fact(file, `table '${name}' row ${i + 1} factId`, row.factId));
		for (const q of quiz.questions) {
			const field = `question '${q.id}'`;
			marked(file, `${field} explanation`, q.explanation, false);
			if (q.evidence.kind === 'explainer' && !anchors.has(q.evidence.anchor))
				err(
					file,
					`${field} evidence.anchor`,
					`refers to '${q.evidence.anchor}', which is not a section or paragraph of explainer.yaml`
				);
			if (q.evidence.kind === 'chart' && !chartIds.has(q.evidence.anchor))
				err(
					file,
					`${field} evidence.anchor`,
					`refers to chart '${q.evidence.anchor}', which the timeline does not have`
				);
			if (q.type === 'table') {
				usedTables.add(q.table);
				if (!quiz.tables?.[q.table])
					err(
						file,
						`${field} table`,
						`refers to table '${q.table}', which is not under tables in this file`
					);
			}
			for (const problem of keyProblems(q)) err(file, `${field} key`, problem);
		}
		for (const name of Object.keys(quiz.tables ?? {}))
			if (!usedTables.has(name)) err(file, `table '${name}'`, 'is not used by any question');
	}
	return errors;
}

/** `{figure:se-visits-2024}` and `{date:se-visits-2024}`: a data point's figure or date in a chart's text. */
export const chartPlaceholder = /\{(figure|date):([a-z0-9-]+)\}/g;

/** What is wrong in one chart of charts.yaml beyond its schema: its facts, its texts' placeholders. */
export function chartProblems(chart: ChartEntry, refs: LessonRefs): LessonError[] {
	const errors: LessonError[] = [];
	const err = (field: string, problem: string) =>
		errors.push({
			file: 'charts.yaml',
			field: `chart '${chart.id}'${field ? ` ${field}` : ''}`,
			problem
		});
	if (chart.kind === 'computed') {
		if (!refs.computedChartIds.has(chart.id))
			err(
				'kind',
				`is computed, but the app works out no chart '${chart.id}' (it can: ${[...refs.computedChartIds].join(', ')})`
			);
		return errors;
	}
	/** A fact plotted as a point: it must be a data point, with a date on a line chart. */
	const point = (field: string, id: string) => {
		const fact = refs.pointFacts.get(id);
		if (!fact) {
			err(
				field,
				refs.factIds.has(id)
					? `'${id}' is not a data point (a figure with its date) of the fact sheet`
					: `refers to fact '${id}', which is not in the fact sheet`
			);
			return undefined;
		}
		if (chart.kind === 'line' && !fact.date)
			err(field, `'${id}' has only a year; a line chart needs dated figures (use kind: bar)`);
		if (chart.kind === 'bar' && fact.year === undefined)
			err(field, `'${id}' has no year; a bar chart shows figures by year (use kind: line)`);
		return fact;
	};
	const seenKeys = new Set<string>();
	for (const series of chart.series) {
		const field = `series '${series.key}'`;
		if (seenKeys.has(series.key)) err(field, 'has the same key as another series');
		seenKeys.add(series.key);
		const years = new Set<string>();
		for (const id of series.facts) {
			const fact = point(`${field} facts`, id);
			if (chart.kind === 'bar' && fact?.year !== undefined) {
				if (years.has(String(fact.year)))
					err(`${field} facts`, `has two figures for ${fact.year}; a bar chart shows one a year`);
				years.add(String(fact.year));
			}
		}
		if (new Set(series.facts).size !== series.facts.length)
			err(`${field} facts`, 'names a fact twice');
	}
	if (chart.kind === 'line' && chart.band)
		for (const id of chart.band.facts)
			if (point('band facts', id)?.value === null)
				err('band facts', `'${id}' has no figure to put in the band`);
	for (const id of chart.noteFacts ?? [])
		if (!refs.factIds.has(id))
			err('noteFacts', `refers to fact '${id}', which is not in the fact sheet`);
	for (const name of ['title', 'takeaway', 'note', 'unit'] as const)
		for (const lang of ['hu', 'en'] as const) {
			const text = chart[name][lang];
			for (const [, , id] of text.matchAll(chartPlaceholder))
				if (!refs.pointFacts.has(id))
					err(
						`${name}.${lang}`,
						`refers to '${id}', which is not a data point (a figure with its date) of the fact sheet`
					);
				else if (refs.pointFacts.get(id)?.value === null)
					err(`${name}.${lang}`, `refers to '${id}', which has no figure`);
			if (text.replace(chartPlaceholder, '').match(/[{}]/))
				err(
					`${name}.${lang}`,
					'has a broken {…} placeholder (write {figure:fact-id} or {date:fact-id})'
				);
		}
	return errors;
}

/** Does the key fit the options? One message per problem. */
export function keyProblems(q: QuestionEntry): string[] {
	const problems: string[] = [];
	const among = (ids: readonly string[], options: readonly { id: string }[], what: string) => {
		const known = options.map((o) => o.id);
		for (const id of ids)
			if (!known.includes(id))
				problems.push(`'${id}' is not among the ${what} (${known.join(', ')})`);
	};
	const optionSets: Record<string, readonly { id: string }[]> =
		q.type === 'match'
			? { left: q.left, right: q.right }
			: 'options' in q
				? { options: q.options }
				: q.type === 'order'
					? { items: q.items }
					: {};
	for (const [what, options] of Object.entries(optionSets)) {
		const seen = new Set<string>();
		for (const o of options) {
			if (seen.has(o.id)) problems.push(`${what}: two have the id '${o.id}'`);
			seen.add(o.id);
		}
	}
	switch (q.type) {
		case 'single':
		case 'table':
			among([q.key], q.options, 'options');
			break;
		case 'multi':
			among(q.key, q.options, 'options');
			if (new Set(q.key).size !== q.key.length) problems.push('names an option twice');
			if (q.options.every((o) => q.key.includes(o.id)))
				problems.push('marks every option correct; at least one must be wrong');
			break;
		case 'order':
			among(q.key, q.items, 'items');
			if (q.key.length !== q.items.length || new Set(q.key).size !== q.key.length)
				problems.push('should list every item exactly once, earliest first');
			break;
		case 'match':
			among(Object.keys(q.key), q.left, 'left items');
			among(Object.values(q.key), q.right, 'right items');
			for (const left of q.left)
				if (!(left.id in q.key)) problems.push(`has no match for left item '${left.id}'`);
			break;
		case 'numeric':
		case 'truefalse':
		case 'text':
			break;
	}
	return problems;
}
