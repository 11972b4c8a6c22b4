import { describe, expect, it } from 'vitest';
import { getEvent, getSeries } from '$lib/data/facts';
import { articleEventId, eventInfo } from '$lib/data/event-text';
import { countedVisits } from '$lib/data/visits';
import { chartCsv, csvFileName, escapeCsvField } from './csv';
import { getChartModel, visitDirections } from './models';
import { chartConfidence, chartSources, chartTable, describeChart } from './table';

const nbsp = (s: string) => s.replace(/\s/g, ' ');

describe('chartTable', () => {
	it('lists one row per estimate on time charts, formatted per language', () => {
		const hu = chartTable(getChartModel('chart-shells'), 'hu');
		expect(hu.columns).toEqual(['Dátum', 'Adatsor', 'Érték', 'Megbízhatóság']);
		expect(hu.rows).toHaveLength(10);
		expect(hu.rows[0].cells).toEqual([
			'2023. november 1.',
			'Dél-Korea becslése',
			'legalább 1',
			'közepes'
		]);
		const en = chartTable(getChartModel('chart-shells'), 'en');
		const sept = en.rows.find((r) => r.cells[0] === 'September 2024');
		expect(sept?.cells).toEqual(['September 2024', 'South Korea’s estimate', 'up to 9.4', 'low']);
		expect(hu.rows.find((r) => r.cells[0] === '2024. szeptember')?.cells[2]).toBe('legfeljebb 9,4');
		expect(en.rows.every((r) => r.estimate)).toBe(true);
	});

	it('shows ranges with an en dash and thousands grouped per language', () => {
		const hu = chartTable(getChartModel('chart-troops'), 'hu');
		expect(nbsp(hu.rows.find((r) => r.cells[0] === '2024. november 4.')!.cells[2])).toBe(
			'11 000–12 000'
		);
		const en = chartTable(getChartModel('chart-troops'), 'en');
		expect(en.rows.find((r) => r.cells[0] === '4 November 2024')?.cells[2]).toBe('11,000–12,000');
	});

	it('lists years on bar charts, with totals of stacked bars and the weakest confidence', () => {
		const en = chartTable(getChartModel('chart-visits'), 'en');
		expect(en.columns.at(-2)).toBe('Total');
		expect(en.rows.map((r) => r.cells.at(-2))).toEqual(['0', '4', '8', '15']);
		expect(en.rows[2].cells[2]).toBe('1');
		expect(en.rows.every((r) => r.cells.at(-1) === 'medium')).toBe(true);
	});

	it('writes "no figure" for trade in 2021 and a dash where the other column has the figure', () => {
		const hu = chartTable(getChartModel('chart-trade'), 'hu');
		const row = (year: string) => hu.rows.find((r) => r.cells[0] === year)!;
		expect(row('2021').cells.slice(1, 3)).toEqual(['nincs adat', 'nincs adat']);
		expect(row('2022').cells.slice(1, 4)).toEqual(['–', '3,8', 'alacsony']);
		expect(row('2022').estimate).toBe(true);
		expect(row('2023').cells.slice(1, 3)).toEqual(['34,4', '–']);
		expect(row('2023').estimate).toBe(false);
	});
});

describe('visit directions', () => {
	it('add up to the sourced yearly totals', () => {
		for (const fact of getSeries('high_level_visits_per_year')) {
			const parts = visitDirections[String(fact.year)];
			const sum = parts.toNorthKorea + parts.article + parts.toRussia + parts.thirdCountry;
			expect(sum, String(fact.year)).toBe(fact.value);
		}
	});
	it('count only visits events of the timeline, and the article’s own visit once', () => {
		for (const id of Object.keys(countedVisits)) {
			expect(getEvent(id).date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(eventInfo[id].categories, id).toContain('visits');
		}
		expect(countedVisits[articleEventId]).toBe('to_north_korea');
	});
	it('back the takeaway: most of the latest year’s visits went to North Korea', () => {
		const latest = getSeries('high_level_visits_per_year').at(-1)!;
		const parts = visitDirections[String(latest.year)];
		expect((parts.toNorthKorea + parts.article) * 2).toBeGreaterThan(latest.value!);
		expect(getChartModel('chart-visits').takeaway.en).toContain(
			`in ${latest.year} there were ${latest.value}`
		);
	});
	it('count one Shoigu visit in 2024, as the sourced Shoigu series does', () => {
		const shoigu = getSeries('shoigu_pyongyang_trips').find((f) => f.year === 2024);
		expect(visitDirections['2024'].article).toBe(shoigu?.value);
	});
});

describe('sources and confidence', () => {
	it('give every chart sources with links and a confidence count that covers all its points', () => {
		for (const id of [
			'chart-visits',
			'chart-shells',
			'chart-containers',
			'chart-troops',
			'chart-trade'
		]) {
			const model = getChartModel(id);
			const sources = chartSources(model);
			expect(sources.length, id).toBeGreaterThan(0);
			expect(sources.every((s) => /^https?:\/\//.test(s.url))).toBe(true);
			const summary = chartConfidence(model);
			expect(summary.high + summary.medium + summary.low).toBeGreaterThan(0);
		}
		expect(chartConfidence(getChartModel('chart-trade'))).toEqual({ high: 0, medium: 4, low: 2 });
	});
});

describe('describeChart', () => {
	it('reads out every value of a line chart, in each language', () => {
		const hu = describeChart(getChartModel('chart-shells'), 'hu');
		expect(hu).toMatch(/^Vonaldiagram: Becslések/);
		expect(hu).toContain('2025. július 13.: több mint 12');
		expect(hu).toContain('legfeljebb 9,4');
		const en = describeChart(getChartModel('chart-shells'), 'en');
		expect(en).toMatch(/^Line chart: Estimates/);
		expect(en).toContain('13 July 2025: more than 12');
	});
	it('reads out each year of a bar chart with its columns', () => {
		const en = describeChart(getChartModel('chart-visits'), 'en');
		expect(en).toMatch(/^Bar chart: High-level visits/);
		expect(en).toContain('2024: Other Russian visits to North Korea 4, The article’s event');
		expect(en).toContain('Total 15');
	});
	it('names the band where troop estimates disagree', () => {
		expect(nbsp(describeChart(getChartModel('chart-troops'), 'hu'))).toContain(
			'A 2025-ös becslések tartománya: 2025. április 30. – 2025. szeptember 2., 13 000–15 000.'
		);
	});
});

describe('chartCsv', () => {
	it('starts with a BOM and uses ; and a decimal comma in Hungarian', () => {
		const csv = chartCsv(getChartModel('chart-shells'), 'hu');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'Dátum;Adatsor;Érték;Alsó érték;Felső érték;Megszorítás;Mértékegység;Megbízhatóság;Azonosító;Források'
		);
		expect(lines).toHaveLength(11);
		expect(lines.find((l) => l.startsWith('2024-09;'))).toMatch(
			/^2024-09;Dél-Korea becslése;9,4;;;legfeljebb;/
		);
	});
	it('uses , and a decimal point in English, quotes fields that need it, and keeps sources', () => {
		const csv = chartCsv(getChartModel('chart-troops'), 'en');
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[0].split(',')[0]).toBe('Date');
		const range = lines.find((l) => l.startsWith('2024-11-04'))!;
		expect(range).toContain(',,11000,12000,');
		expect(range).toContain('https://');
		expect(escapeCsvField('a, b', ',')).toBe('"a, b"');
		expect(escapeCsvField('say "hi"', ';')).toBe('"say ""hi"""');
		expect(escapeCsvField('a, b', ';')).toBe('a, b');
		expect(chartCsv(getChartModel('chart-containers'), 'en')).toContain(',28000,');
		expect(chartCsv(getChartModel('chart-trade'), 'en')).toMatch(
			/\r\n2021,Official figure,,,,no figure,"?USD million"?,/
		);
	});
	it('names the file after the chart and the language', () => {
		expect(csvFileName('chart-shells', 'hu')).toBe('chart-shells-hu.csv');
	});
});
