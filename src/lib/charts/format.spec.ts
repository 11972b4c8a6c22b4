import { describe, expect, it } from 'vitest';
import { getFact } from '$lib/data/facts';
import type { SeriesPoint } from '$lib/data/schema';
import {
	dateToTime,
	formatMonthTick,
	formatPointValue,
	formatX,
	qualifierFromUnit
} from './format';
import { toPoint } from './models';

const fact = getFact('se-cont-rok-2024-09') as SeriesPoint;

describe('qualifierFromUnit', () => {
	it('reads the fact sheet’s hedges', () => {
		expect(qualifierFromUnit('containers (more than)')).toBe('more_than');
		expect(qualifierFromUnit("million shells ('over')")).toBe('more_than');
		expect(qualifierFromUnit('million shells (at least)')).toBe('at_least');
		expect(qualifierFromUnit('million shells (152-mm equivalent, if fully loaded)')).toBe('up_to');
		expect(qualifierFromUnit('containers (about)')).toBe('about');
		expect(qualifierFromUnit('soldiers')).toBeUndefined();
	});
});

describe('formatPointValue', () => {
	it('puts the hedge before the number in each language', () => {
		const point = toPoint(fact, true);
		expect(formatPointValue(point, { decimals: 0 }, 'hu').replace(/\s/g, ' ')).toBe('kb. 20 000');
		expect(formatPointValue(point, { decimals: 0 }, 'en')).toBe('about 20,000');
	});
	it('says "no figure" rather than zero when a value is missing', () => {
		const point = { ...toPoint(fact, false), y: null, qualifier: undefined };
		expect(formatPointValue(point, { decimals: 0 }, 'hu')).toBe('nincs adat');
		expect(formatPointValue(point, { decimals: 0 }, 'en')).toBe('no figure');
	});
});

describe('dates', () => {
	it('place a month without a day at its middle, a year at its start', () => {
		expect(new Date(dateToTime('2024-09')).toISOString().slice(0, 10)).toBe('2024-09-15');
		expect(new Date(dateToTime('2024-09-13')).toISOString().slice(0, 10)).toBe('2024-09-13');
		expect(new Date(dateToTime('2024')).toISOString().slice(0, 10)).toBe('2024-07-01');
	});
	it('label axis months and categories per language', () => {
		expect(formatMonthTick(Date.UTC(2025, 0, 1), 'hu')).toBe('2025. jan.');
		expect(formatMonthTick(Date.UTC(2025, 0, 1), 'en')).toBe('Jan 2025');
		const notes = { categoryNotes: { '2025': { hu: 'okt. 31-ig', en: 'to 31 Oct' } } };
		expect(formatX('2025', notes, 'hu')).toBe('2025 (okt. 31-ig)');
		expect(formatX('2024-09-13', notes, 'en')).toBe('13 September 2024');
	});
});
