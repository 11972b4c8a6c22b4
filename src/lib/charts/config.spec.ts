import { describe, expect, it } from 'vitest';
import type { ChartDataset, Scale, TooltipItem } from 'chart.js';
import { chartIds } from '$lib/content/anchors';
import { langs } from '$lib/i18n/langs';
import { buildChartConfig, legendPadding, palette, quarterTicks, type ChartEnv } from './config';
import { chartModels, getChartModel } from './models';

const light: ChartEnv = { dark: false, reducedMotion: false };
const dark: ChartEnv = { dark: true, reducedMotion: true };

type AnyFn = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]) => (fn as AnyFn)(...args);
const datasets = (id: string, lang: 'hu' | 'en', env = light) =>
	buildChartConfig(getChartModel(id), lang, env).data.datasets as ChartDataset<'line'>[];

describe('buildChartConfig', () => {
	it('builds a config for every agreed chart id, and the extra charts', () => {
		for (const id of chartIds) expect(() => getChartModel(id)).not.toThrow();
		expect(chartModels.map((m) => m.id)).toEqual([
			...chartIds.slice(0, 5),
			'chart-missiles',
			'chart-casualties'
		]);
	});

	it('translates the series labels and the axis title', () => {
		const hu = buildChartConfig(getChartModel('chart-shells'), 'hu', light);
		const en = buildChartConfig(getChartModel('chart-shells'), 'en', light);
		expect(hu.data.datasets.map((d) => d.label)).toEqual([
			'Dél-Korea becslése',
			'Ukrán katonai hírszerzés becslése'
		]);
		expect(en.data.datasets[0].label).toBe('South Korea’s estimate');
		expect(hu.options?.scales?.y?.title).toMatchObject({ text: 'millió lövedék (összesen)' });
		expect(en.options?.scales?.y?.title).toMatchObject({ text: 'million shells (cumulative)' });
		expect(hu.options?.locale).toBe('hu-HU');
		expect(en.options?.locale).toBe('en-GB');
	});

	it('formats axis numbers with a decimal comma in Hungarian and a point in English', () => {
		const tick = (lang: 'hu' | 'en', id: string, v: number) => {
			const y = buildChartConfig(getChartModel(id), lang, light).options?.scales?.y;
			return call(y?.ticks?.callback, v);
		};
		expect(tick('hu', 'chart-shells', 9.4)).toBe('9,4');
		expect(tick('en', 'chart-shells', 9.4)).toBe('9.4');
		expect(String(tick('hu', 'chart-containers', 28000)).replace(/\s/g, ' ')).toBe('28 000');
		expect(tick('en', 'chart-containers', 28000)).toBe('28,000');
	});

	it('labels the time axis with months in each language’s order, on quarter starts', () => {
		const config = buildChartConfig(getChartModel('chart-shells'), 'hu', light);
		const x = config.options?.scales?.x as Record<string, unknown> & { ticks: { callback: AnyFn } };
		expect(x.type).toBe('linear');
		const sept = Date.UTC(2024, 8, 1);
		expect(x.ticks.callback(sept)).toBe('2024. szept.');
		const en = buildChartConfig(getChartModel('chart-shells'), 'en', light).options?.scales?.x;
		expect(call((en as typeof x).ticks.callback, sept)).toBe('Sept 2024');
		const scale = { ticks: [] } as unknown as Scale;
		call(x.afterBuildTicks, scale);
		const months = scale.ticks.map((t) => new Date(t.value).getUTCMonth());
		expect(months.length).toBeGreaterThan(4);
		expect(months.every((m) => m % 3 === 0)).toBe(true);
		// On a phone-wide axis only every second or third quarter is labelled, so that none collide.
		const narrow = { ticks: [], width: 280 } as unknown as Scale;
		call(x.afterBuildTicks, narrow);
		expect(narrow.ticks.length).toBeLessThanOrEqual(4);
		expect(narrow.ticks.length).toBeLessThan(scale.ticks.length);
	});

	it('labels the years of bar charts, with a partial year marked', () => {
		const visits = getChartModel('chart-visits');
		expect(buildChartConfig(visits, 'hu', light).data.labels).toEqual([
			'2022',
			'2023',
			'2024',
			'2025'
		]);
		const partial = { ...visits, categoryNotes: { '2025': { hu: 'okt. 31-ig', en: 'to 31 Oct' } } };
		const hu = buildChartConfig(partial, 'hu', light);
		const en = buildChartConfig(partial, 'en', light);
		expect(hu.data.labels).toEqual(['2022', '2023', '2024', '2025 (okt. 31-ig)']);
		expect(en.data.labels?.at(-1)).toBe('2025 (to 31 Oct)');
	});

	it('draws estimates dashed with hollow markers, and each series with its own marker shape', () => {
		for (const id of ['chart-shells', 'chart-containers', 'chart-troops', 'chart-casualties']) {
			const model = getChartModel(id);
			const sets = datasets(id, 'en').slice(0, model.series.length);
			for (const set of sets) {
				expect((set.borderDash as number[]).length, `${id} ${set.label}`).toBeGreaterThan(0);
				expect(set.pointBackgroundColor).toBe('#ffffff');
			}
			const shapes = sets.map((s) => s.pointStyle);
			expect(new Set(shapes).size).toBe(shapes.length);
			const dashes = sets.map((s) => JSON.stringify(s.borderDash));
			expect(new Set(dashes).size).toBe(dashes.length);
		}
	});

	it('draws recorded trade as solid bars and estimated trade as pale outlined bars', () => {
		const [recorded, estimate] = datasets('chart-trade', 'en') as unknown as ChartDataset<'bar'>[];
		expect(recorded.backgroundColor).toBe(palette.light[0]);
		expect(String(estimate.backgroundColor)).toMatch(/^rgba\(.*0\.18\)$/);
		expect(estimate.borderWidth).toBe(3);
		expect(recorded.data).toEqual([47.9, 42.74, null, null, 34.4, null]);
		expect(estimate.data).toEqual([null, null, null, 3.8, null, 34]);
		expect(recorded.pointStyle).not.toBe(estimate.pointStyle);
	});

	it('marks the article’s visit as its own highlighted segment of the 2024 bar', () => {
		const sets = datasets('chart-visits', 'en') as unknown as ChartDataset<'bar'>[];
		const article = sets.find((s) => String(s.label).includes('article’s event'));
		expect(article?.data).toEqual([0, 0, 1, 0]);
		expect(article?.pointStyle).toBe('star');
		expect(article?.backgroundColor).toBe('#b3006b');
		const hu = datasets('chart-visits', 'hu').map((s) => s.label);
		expect(hu).toContain('A cikk eseménye: Sojgu Phenjanban, 2024. szeptember 13.');
	});

	it('shows where troop estimates disagree: a vertical range and a shaded 2025 band', () => {
		const sets = datasets('chart-troops', 'en');
		const us = sets[1].data as { x: number; y: number }[];
		const nov = us.filter((p) => p.x === Date.UTC(2024, 10, 4)).map((p) => p.y);
		expect(nov).toEqual([11000, 12000]);
		const band = sets[2];
		expect(band.fill).toBe('+1');
		expect((band.data as { y: number }[]).map((p) => p.y)).toEqual([15000, 15000]);
		expect((sets[3].data as { y: number }[]).map((p) => p.y)).toEqual([13000, 13000]);
	});

	it('uses the dark palette and no animation when asked', () => {
		const config = buildChartConfig(getChartModel('chart-shells'), 'en', dark);
		expect(config.options?.animation).toBe(false);
		expect(config.data.datasets[0].borderColor).toBe(palette.dark[0]);
		expect(buildChartConfig(getChartModel('chart-shells'), 'en', light).options?.animation).toEqual(
			{
				duration: 400
			}
		);
	});

	it('writes tooltips in the reader’s language with the source’s hedge', () => {
		for (const lang of langs) {
			const config = buildChartConfig(getChartModel('chart-shells'), lang, light);
			const cb = config.options?.plugins?.tooltip?.callbacks;
			const item = { datasetIndex: 0, dataIndex: 7 } as TooltipItem<'line'>;
			const label = call(cb?.label, item);
			const title = call(cb?.title, [item]);
			if (lang === 'hu') {
				expect(label).toBe('Dél-Korea becslése: több mint 12');
				expect(title).toBe('2025. július 13.');
			} else {
				expect(label).toBe('South Korea’s estimate: more than 12');
				expect(title).toBe('13 July 2025');
			}
		}
	});
});

describe('quarterTicks', () => {
	it('returns the first day of each quarter inside the range', () => {
		const ticks = quarterTicks(Date.UTC(2023, 9, 20), Date.UTC(2024, 6, 2));
		expect(ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
			'2024-01-01',
			'2024-04-01',
			'2024-07-01'
		]);
	});
});

describe('timeData', () => {
	it('breaks a line where estimates are months apart, so no slope is invented', () => {
		const model = getChartModel('chart-troops');
		const south = buildChartConfig(model, 'en', light).data.datasets[0].data as {
			y: number | null;
		}[];
		expect(south.map((p) => p.y)).toEqual([1500, 3000, null, 15000, 14000, 13000]);
		const tooltip = buildChartConfig(model, 'en', light).options?.plugins?.tooltip?.callbacks;
		expect(call(tooltip?.label, { datasetIndex: 0, dataIndex: 3 })).toBe(
			'South Korea (NIS and military): about 15,000'
		);
		expect(call(tooltip?.label, { datasetIndex: 1, dataIndex: 2 })).toBe(
			'US Department of Defense: 11,000–12,000'
		);
	});
});

describe('legendPadding', () => {
	it('leaves room between legend rows for the extra lines of wrapped labels', () => {
		expect(legendPadding(1)).toBe(14);
		expect(legendPadding(2)).toBe(4 + 14);
		expect(legendPadding(3)).toBeGreaterThan(legendPadding(2) + 12);
	});
});
