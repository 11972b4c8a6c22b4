import type {
	MatchQuestion,
	MultiQuestion,
	NumericQuestion,
	Option,
	OrderQuestion,
	SingleQuestion,
	TableQuestion,
	TextQuestion,
	TrueFalseQuestion
} from '$lib/quiz/types';

/** Test factories: small, valid questions of every type, overridable field by field. */

const t = (s: string) => ({ hu: `${s} (hu)`, en: s });
const opts = (...ids: string[]): Option[] => ids.map((id) => ({ id, text: t(id) }));
const base = (id: string) => ({
	id,
	difficulty: 1 as const,
	prompt: t(`prompt ${id}`),
	explanation: t(`explanation ${id}`),
	evidence: { kind: 'explainer' as const, anchor: 'meeting-who' as const }
});

export const makeSingle = (o: Partial<SingleQuestion> = {}): SingleQuestion => ({
	...base('q-single'),
	type: 'single',
	options: opts('a', 'b', 'c'),
	key: 'b',
	...o
});

export const makeMulti = (o: Partial<MultiQuestion> = {}): MultiQuestion => ({
	...base('q-multi'),
	type: 'multi',
	options: opts('a', 'b', 'c', 'd'),
	key: ['a', 'c'],
	...o
});

export const makeTrueFalse = (o: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion => ({
	...base('q-tf'),
	type: 'truefalse',
	key: true,
	...o
});

export const makeOrder = (o: Partial<OrderQuestion> = {}): OrderQuestion => ({
	...base('q-order'),
	type: 'order',
	items: opts('w', 'x', 'y', 'z'),
	key: ['w', 'x', 'y', 'z'],
	...o
});

export const makeMatch = (o: Partial<MatchQuestion> = {}): MatchQuestion => ({
	...base('q-match'),
	type: 'match',
	left: opts('l1', 'l2', 'l3'),
	right: opts('r1', 'r2', 'r3', 'r4'),
	key: { l1: 'r1', l2: 'r2', l3: 'r3' },
	...o
});

export const makeNumeric = (o: Partial<NumericQuestion> = {}): NumericQuestion => ({
	...base('q-numeric'),
	type: 'numeric',
	key: { value: 24, tolerance: 0 },
	...o
});

export const makeText = (o: Partial<TextQuestion> = {}): TextQuestion => ({
	...base('q-text'),
	type: 'text',
	key: {
		hu: { lang: 'en', variants: ['Security Council'] },
		en: { lang: 'hu', variants: ['Biztonsági Tanács'] }
	},
	...o
});

export const makeTable = (o: Partial<TableQuestion> = {}): TableQuestion => ({
	...base('q-table'),
	type: 'table',
	evidence: { kind: 'chart', anchor: 'chart-shells' },
	table: {
		caption: t('caption'),
		columns: [t('when'), t('how many')],
		rows: [
			{ label: t('2023'), value: 1, factId: 'f1', source: 'src' },
			{ label: t('2024'), value: 2, factId: 'f2', source: 'src', estimate: true }
		]
	},
	options: opts('a', 'b'),
	key: 'a',
	...o
});

/** One question of every type. */
export const makeOneOfEach = () => [
	makeSingle(),
	makeMulti(),
	makeTrueFalse(),
	makeOrder(),
	makeMatch(),
	makeNumeric(),
	makeText(),
	makeTable()
];
