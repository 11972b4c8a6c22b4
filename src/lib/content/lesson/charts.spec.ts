import { describe, expect, it } from 'vitest';
import { readLessonFiles } from '../../server/lessons/read';
import { formatError } from './issues';
import { sharedRefs } from './refs';
import { validateLesson } from './validate';

// charts.yaml: which facts make up which series. The fixture lesson's one chart, edited here.
const fixture = 'e2e/fixtures/lessons/putin-pyongyang-2024';
const files = readLessonFiles(fixture);
const chart = files['charts.yaml'];

/** The problems of the fixture with its charts.yaml replaced. */
const problems = (text: string) =>
	validateLesson(
		'putin-pyongyang-2024',
		{ ...files, 'charts.yaml': text },
		sharedRefs()
	).errors.map(formatError);

describe('charts.yaml', () => {
	it('loads the fixture’s chart and the first lesson’s charts with no problem', () => {
		const loaded = validateLesson('putin-pyongyang-2024', files, sharedRefs());
		expect(loaded.errors).toEqual([]);
		expect(loaded.lesson?.charts.charts.map((c) => c.id)).toEqual(['chart-visits-before-after']);
		const real = validateLesson(
			'shoigu-pyongyang-2024',
			readLessonFiles('src/content/lessons/shoigu-pyongyang-2024'),
			sharedRefs()
		);
		expect(real.lesson?.charts.charts.map((c) => c.kind)).toEqual([
			'computed',
			'line',
			'line',
			'line',
			'bar',
			'line',
			'line'
		]);
	});

	it('names the file, the chart and the field of a missing Hungarian text', () => {
		const text = chart.replace(/( {6}hu: 'Magas szintű[^\n]*\n)/, '');
		expect(text).not.toBe(chart);
		expect(problems(text)).toEqual([
			"charts.yaml: chart 'chart-visits-before-after' title.hu: has no Hungarian text"
		]);
	});

	it('names the series of a field typo, a bad colour and a bad marker', () => {
		const text = chart
			.replace('color: 0', 'color: 7')
			.replace('marker: rect', 'marker: square')
			.replace('        facts:', '        fatcs:');
		expect(problems(text)).toEqual([
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' color: should be a colour number from 0 to 4, or highlight",
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' marker: should be one of circle, cross, crossRot, rect, rectRot, rectRounded, star, triangle",
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' facts: is missing",
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' fatcs: is not a field here (a typo, or in the wrong place?)"
		]);
	});

	it('refuses an unknown kind', () => {
		expect(problems(chart.replace('kind: bar', 'kind: pie'))).toEqual([
			"charts.yaml: chart 'chart-visits-before-after' kind: should have a kind: line, bar or computed (not pie)"
		]);
	});

	it('names an unknown fact, a fact that is no data point, and a placeholder’s fact', () => {
		const text = chart
			.replace('- se-visits-2023', '- se-visits-1999')
			.replace('- se-visits-2024', '- ev-2024-06-19-treaty-signed')
			.replace('{figure:se-visits-2023} in 2023', '{figure:se-visits-2023} in {date:se-nope}')
			.replace('- ev-2024-06-18-putin-pyongyang', '- ev-nope');
		expect(problems(text)).toEqual([
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' facts: refers to fact 'se-visits-1999', which is not in the fact sheet",
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' facts: 'ev-2024-06-19-treaty-signed' is not a data point (a figure with its date) of the fact sheet",
			"charts.yaml: chart 'chart-visits-before-after' noteFacts: refers to fact 'ev-nope', which is not in the fact sheet",
			"charts.yaml: chart 'chart-visits-before-after' takeaway.en: refers to 'se-nope', which is not a data point (a figure with its date) of the fact sheet"
		]);
	});

	it('refuses yearly figures on a line chart, two a year on a bar chart, and broken placeholders', () => {
		expect(problems(chart.replace('kind: bar', 'kind: line'))).toEqual([
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' facts: 'se-visits-2023' has only a year; a line chart needs dated figures (use kind: bar)",
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' facts: 'se-visits-2024' has only a year; a line chart needs dated figures (use kind: bar)"
		]);
		expect(problems(chart.replace('- se-visits-2024', '- se-visits-2023'))).toEqual([
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' facts: has two figures for 2023; a bar chart shows one a year",
			"charts.yaml: chart 'chart-visits-before-after' series 'visits' facts: names a fact twice"
		]);
		expect(
			problems(chart.replace('{figure:se-visits-2023} in', '{figur:se-visits-2023} in'))
		).toEqual([
			"charts.yaml: chart 'chart-visits-before-after' takeaway.en: has a broken {…} placeholder (write {figure:fact-id} or {date:fact-id})"
		]);
	});

	it('knows which charts the app computes, and that ids are unique', () => {
		expect(
			problems(
				`${chart}\n  - id: chart-visits\n    kind: computed\n  - id: chart-maps\n    kind: computed\n`
			)
		).toEqual([
			"charts.yaml: chart 'chart-maps' kind: is computed, but the app works out no chart 'chart-maps' (it can: chart-visits)"
		]);
		expect(problems(`${chart}\n  - id: chart-visits-before-after\n    kind: computed\n`)).toContain(
			"charts.yaml: chart 'chart-visits-before-after': has the same id as another one"
		);
	});

	it('lets a quiz cite the lesson’s own charts as evidence, and no other lesson’s', () => {
		const quiz = files['quizzes/treaty.yaml'];
		const cite = (chart: string) =>
			validateLesson(
				'putin-pyongyang-2024',
				{
					...files,
					'quizzes/treaty.yaml': quiz.replace(
						'kind: explainer\n      anchor: treaty-visit',
						`kind: chart\n      anchor: ${chart}`
					)
				},
				sharedRefs()
			).errors.map(formatError);
		expect(cite('chart-visits-before-after')).toEqual([]);
		expect(cite('chart-shells')).toEqual([
			expect.stringMatching(
				/^quizzes\/treaty\.yaml: question '[a-z0-9-]+' evidence\.anchor: refers to chart 'chart-shells', which the timeline does not have$/
			)
		]);
	});
});
