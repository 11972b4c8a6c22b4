import { describe, expect, it } from 'vitest';
import { allPairs, readable } from './corpus';
import { figures } from './figures';

describe('figures', () => {
	it('reads numbers, thousands and months the way each language writes them', () => {
		expect(figures('2024. szeptember 13-án 9,4 millió, 13 000 és 11–12 ezer', 'hu')).toEqual(
			['2024', '13', '9.4', '13000', '11000', '12000', 'month 9'].sort()
		);
		expect(figures('On 13 September 2024, 9.4 million, 13,000 and 11,000–12,000', 'en')).toEqual(
			['2024', '13', '9.4', '13000', '11000', '12000', 'month 9'].sort()
		);
		expect(figures('Júliusban', 'hu')).toEqual(['month 7']);
		// A comma after a grouped number is punctuation; one between digits is a decimal point.
		expect(figures('10 000, majd 12 500,5', 'hu')).toEqual(['10000', '12500.5']);
		expect(figures('you may', 'en')).toEqual([]);
	});

	it('takes a standard’s version for part of its name, not for a figure', () => {
		expect(figures('egy LTI 1.3-as indítás, QTI 3.0 csomag, 2 perc', 'hu')).toEqual(['2']);
		expect(figures('an LTI 1.3 launch, a QTI 3.0 package, 2 minutes', 'en')).toEqual(['2']);
		expect(figures('1.3', 'hu')).toEqual(['1', '3']);
	});
});

describe('parity beyond keys', () => {
	const pairs = allPairs();
	it('covers the lesson', () => expect(pairs.length).toBeGreaterThan(1000));
	it.each(pairs.map((p) => [p.where, p] as const))(
		'%s carries the same numbers and dates in both languages',
		(_where, pair) => {
			expect(figures(readable(pair.hu), 'hu')).toEqual(figures(readable(pair.en), 'en'));
		}
	);
});
