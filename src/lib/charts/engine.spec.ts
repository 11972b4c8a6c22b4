import { describe, expect, it } from 'vitest';
import type { ChartEntry } from '$lib/content/lesson/schema';
import { getSeries } from '$lib/data/facts';
import { chartCsv } from './csv';
import { buildChart, chartModelsOf, fillText } from './engine';
import { chartTable } from './table';

const text = (hu: string, en: string) => ({ hu, en });
const words = {
	title: text('Cím', 'Title'),
	takeaway: text('{figure:se-visits-2024} látogatás', '{figure:se-visits-2024} visits'),
	note: text('Megjegyzés', 'Note'),
	unit: text('látogatás', 'visits'),
	decimals: 0
};

describe('the charts engine', () => {
	it('builds a bar chart by year from a series of facts, with their figures and sources', () => {
		const model = buildChart({
			id: 'chart-x',
			kind: 'bar',
			...words,
			series: [
				{
					key: 'visits',
					label: text('Látogatások', 'Visits'),
					color: 0,
					marker: 'rect',
					estimate: false,
					facts: ['se-visits-2024', 'se-visits-2023']
				}
			]
		});
		expect(model).toMatchObject({
			id: 'chart-x',
			type: 'bar',
			x: 'year',
			categories: ['2023', '2024']
		});
		// Listed in any order, shown in date order, each point keeping its fact (and so its sources).
		expect(model.series[0].points.map((p) => [p.x, p.y, p.fact.id])).toEqual([
			['2023', 4, 'se-visits-2023'],
			['2024', 8, 'se-visits-2024']
		]);
		expect(model.series[0].pointStyle).toBe('rect');
		expect(model.takeaway).toEqual({ hu: '8 látogatás', en: '8 visits' });
		expect(chartCsv(model, 'en')).toContain('\r\n2024,Visits,8,');
		expect(chartTable(model, 'hu').rows.map((r) => r.cells[0])).toEqual(['2023', '2024']);
	});

	it('gives a bar series "no figure" for a year only another series has', () => {
		const series = (key: string, facts: string[], estimate: boolean) => ({
			key,
			label: text(key, key),
			color: 0,
			marker: 'rect' as const,
			estimate,
			facts
		});
		const model = buildChart({
			id: 'chart-y',
			kind: 'bar',
			...words,
			series: [
				series('recorded', ['se-trade-2023'], false),
				series('estimate', ['se-trade-2024'], true)
			]
		});
		const [recorded, estimate] = model.series;
		expect(recorded.points.map((p) => [p.x, p.y, p.estimate])).toEqual([
			['2023', 34.4, false],
			['2024', null, false]
		]);
		expect(estimate.points.map((p) => [p.x, p.y, p.estimate])).toEqual([
			['2023', null, true],
			['2024', 34, true]
		]);
		// The empty bar keeps the year's fact, so that the table's row is as sure as its figure.
		expect(recorded.points[1].fact.id).toBe('se-trade-2024');
	});

	it('builds a line chart over dates with its band over the range of some facts', () => {
		const ids = ['se-troops-2025-04-30', 'se-troops-2025-06-17', 'se-troops-2025-09-02'];
		const model = buildChart({
			id: 'chart-z',
			kind: 'line',
			...words,
			gapDays: 90,
			series: [
				{
					key: 'rok',
					label: text('Dél-Korea', 'South Korea'),
					color: 'highlight',
					marker: 'circle',
					dash: [8, 4],
					estimate: true,
					facts: ids
				}
			],
			band: { label: text('Sáv', 'Band'), facts: ids }
		});
		const points = getSeries('troops_sent').filter((f) => ids.includes(f.id));
		expect(model).toMatchObject({ type: 'line', x: 'date', gapDays: 90 });
		expect(model.series[0]).toMatchObject({ color: 'highlight', dash: [8, 4] });
		expect(model.series[0].points.every((p) => p.estimate)).toBe(true);
		expect(model.band).toMatchObject({
			from: points[0].date,
			to: points[2].date,
			low: Math.min(...points.map((p) => p.value ?? 0)),
			high: Math.max(...points.map((p) => p.value ?? 0))
		});
	});

	it('fills a text’s figures and dates in each language', () => {
		expect(
			fillText(
				text(
					'{date:se-cont-us-2024-09-04}: {figure:se-cont-us-2024-09-04}',
					'{figure:se-cont-us-2024-09-04}'
				)
			)
		).toEqual({ hu: '2024. szeptember 4.: több mint 16\u00a0500', en: 'more than 16,500' });
	});

	it('leaves a computed chart to its code, and refuses one it does not know', () => {
		const charts: ChartEntry[] = [{ id: 'chart-visits', kind: 'computed' }];
		expect(chartModelsOf({ charts }).map((m) => m.id)).toEqual(['chart-visits']);
		expect(() => buildChart({ id: 'chart-nope', kind: 'computed' })).toThrow('chart-nope');
	});
});
