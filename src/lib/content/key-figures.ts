import { requireFact } from '$lib/data/cited';
import type { Lang } from '$lib/i18n/langs';
import { formatSourceDate } from './source-types';

/** The three numbers the home page opens with, each from a sourced fact of the sheet. */
const figures = [
	{
		fact: 'se-cont-us-2024-09-04',
		value: (n: string) => `${n}+`,
		label: {
			hu: 'konténernyi lőszer és hadianyag Észak-Koreából Oroszországnak 2023 szeptembere óta (amerikai becslés, 2024. szeptember)',
			en: 'containers of munitions and materiel from North Korea to Russia since September 2023 (US estimate, September 2024)'
		}
	},
	{
		fact: 'se-troops-2024-11-04',
		value: (n: string, high?: string) => `${n}–${high}`,
		label: {
			hu: 'észak-koreai katona Oroszországban 2024 novemberében (a Pentagon becslése)',
			en: 'North Korean soldiers in Russia in November 2024 (Pentagon estimate)'
		}
	},
	{
		fact: 'se-trade-2023',
		value: (n: string) => n,
		label: {
			hu: 'millió dollár volt az orosz–észak-koreai kereskedelem 2023-ban, kilencszerese az előző évinek (orosz hivatalos adat)',
			en: 'million dollars of Russia–North Korea trade in 2023, nine times the year before (Russian official figure)'
		}
	}
] as const;

export interface KeyFigure {
	id: string;
	value: string;
	label: string;
	source: { publisher: string; url: string; date: string | null };
}

export function keyFigures(lang: Lang): KeyFigure[] {
	const format = new Intl.NumberFormat(lang === 'hu' ? 'hu-HU' : 'en-GB');
	return figures.map((figure) => {
		const fact = requireFact(figure.fact);
		if (fact.kind !== 'series' || fact.value === null) throw new Error(`Not a number: ${fact.id}`);
		const high = fact.value_range?.[1];
		const source = fact.sources[0];
		return {
			id: fact.id,
			value: figure.value(format.format(fact.value), high ? format.format(high) : undefined),
			label: figure.label[lang],
			source: {
				publisher: source.publisher,
				url: source.url,
				date: formatSourceDate(source.date, lang)
			}
		};
	});
}
