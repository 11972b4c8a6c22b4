import { figure, figureDate } from '$lib/data/figures';
import { articleEventId } from '$lib/data/event-text';
import { events, getEvent, getFact, getSeries, pointDate } from '$lib/data/facts';
import type { Fact } from '$lib/data/schema';
import { countedVisits } from '$lib/data/visits';
import type { SeriesPoint } from '$lib/data/schema';
import { qualifierFromUnit } from './format';
import type { ChartModel, ChartPoint, ChartSeries } from './types';

/** A sourced data point as a chart point; the hedge ("at least") is read from its unit. */
export function toPoint(fact: SeriesPoint, estimate: boolean): ChartPoint {
	return {
		x: pointDate(fact),
		y: fact.value,
		range: fact.value_range,
		qualifier: qualifierFromUnit(fact.unit),
		estimate,
		fact
	};
}

/** All points of a series, or only those with the given ids (a series that several sources share). */
function points(series: string, estimate: boolean, ids?: string[]): ChartPoint[] {
	return getSeries(series)
		.filter((fact) => !ids || ids.includes(fact.id))
		.map((fact) => toPoint(fact, estimate));
}

type Directions = { toNorthKorea: number; article: number; toRussia: number; thirdCountry: number };

/**
 * Who travelled where in each year's high-level visits, counted from the timeline events listed in
 * `countedVisits` (the article's own visit apart, so that it can be highlighted). A spec checks
 * that the parts add up to the sourced yearly totals.
 */
export const visitDirections: Record<string, Directions> = Object.fromEntries(
	getSeries('high_level_visits_per_year').map((total) => {
		const year = pointDate(total);
		const parts: Directions = { toNorthKorea: 0, article: 0, toRussia: 0, thirdCountry: 0 };
		for (const [id, direction] of Object.entries(countedVisits)) {
			if (!getEvent(id).date.startsWith(year)) continue;
			if (id === articleEventId) parts.article += 1;
			else if (direction === 'to_north_korea') parts.toNorthKorea += 1;
			else if (direction === 'to_russia') parts.toRussia += 1;
			else parts.thirdCountry += 1;
		}
		return [year, parts];
	})
);

function visitsModel(): ChartModel {
	const totals = getSeries('high_level_visits_per_year');
	const latest = totals[totals.length - 1];
	// The note's 'first months of 2026' is bounded by the lesson's latest event.
	const lastEvent = events[events.length - 1];
	const since = lastEvent.date.slice(0, 4);
	const part = (key: keyof (typeof visitDirections)[string]): ChartPoint[] =>
		totals.map((fact) => ({ ...toPoint(fact, false), y: visitDirections[pointDate(fact)][key] }));
	return {
		id: 'chart-visits',
		noteFacts: [lastEvent.id],
		type: 'bar',
		x: 'year',
		categories: totals.map(pointDate),
		stacked: true,
		unit: { hu: 'személyes látogatás', en: 'in-person visits' },
		decimals: 0,
		title: {
			hu: 'Magas szintű látogatások évente, irány szerint',
			en: 'High-level visits per year, by direction'
		},
		takeaway: {
			hu: `A mi számolásunk szerint 2022-ben egyetlen miniszteri vagy magasabb szintű személyes látogatás sem volt; 2025-ben már ${latest.value}, többségük orosz vezetők útja Phenjanba.`,
			en: `By our count there was not a single in-person visit at minister level or above in 2022; in 2025 there were ${latest.value}, most of them Russian officials travelling to Pyongyang.`
		},
		note: {
			hu: `Saját számlálás az idővonal eseményeiből: miniszteri vagy magasabb szintű személyes találkozók, egy többnapos út egynek számít. A 2024. júliusi, Krivorucsko vezette miniszterhelyettesi küldöttség nincs benne. ${since} első hónapjaiból nem találtunk ilyen találkozót.`,
			en: `Our own count from the timeline: in-person meetings at minister level or above, a trip of several days counting once. The deputy-minister delegation of July 2024 (Krivoruchko) is not included. No such meeting was found in the first months of ${since}.`
		},
		series: [
			{
				key: 'to_north_korea',
				label: {
					hu: 'Egyéb orosz látogatások Észak-Koreában',
					en: 'Other Russian visits to North Korea'
				},
				color: 0,
				pointStyle: 'rect',
				points: part('toNorthKorea')
			},
			{
				key: 'article',
				label: {
					hu: 'A cikk eseménye: Sojgu Phenjanban, 2024. szeptember 13.',
					en: 'The article’s event: Shoigu in Pyongyang, 13 September 2024'
				},
				color: 'highlight',
				pointStyle: 'star',
				points: part('article')
			},
			{
				key: 'to_russia',
				label: {
					hu: 'Észak-koreai látogatások Oroszországban',
					en: 'North Korean visits to Russia'
				},
				color: 1,
				pointStyle: 'triangle',
				points: part('toRussia')
			},
			{
				key: 'third_country',
				label: { hu: 'Találkozó harmadik országban', en: 'Meeting in a third country' },
				color: 2,
				pointStyle: 'circle',
				points: part('thirdCountry')
			}
		]
	};
}

function shellsModel(): ChartModel {
	return {
		id: 'chart-shells',
		type: 'line',
		x: 'date',
		unit: { hu: 'millió lövedék (összesen)', en: 'million shells (cumulative)' },
		decimals: 1,
		title: {
			hu: 'Becslések az Oroszországnak szállított tüzérségi lőszerről',
			en: 'Estimates of artillery shells shipped to Russia'
		},
		takeaway: {
			hu: 'Dél-Korea becslése 2023 novembere és 2025 júliusa között legalább 1 millióról több mint 12 millióra nőtt; ezek becslések, nem megszámolt lövedékek.',
			en: 'South Korea’s estimate grew from at least 1 million in November 2023 to more than 12 million by July 2025; these are estimates, not counted shells.'
		},
		note: {
			hu: 'Oroszország és Észak-Korea nem közölt számokat, ezért minden vonal becslés (szaggatott vonal, üres jelölő), a becslés napjánál. A dél-koreai számok többnyire azt mutatják, hány 152 mm-es lövedék férne a megszámolt konténerekbe. Az ukrán és a dél-koreai becslés külön vonal, mert másképp számolnak.',
			en: 'Russia and North Korea have published no figures, so every line is an estimate (dashed line, hollow marker), placed at the date of the estimate. South Korea’s numbers mostly say how many 152 mm shells the counted containers could hold. Ukrainian and South Korean estimates are kept apart because they count differently.'
		},
		series: [
			{
				key: 'rok',
				label: { hu: 'Dél-Korea becslése', en: 'South Korea’s estimate' },
				color: 0,
				pointStyle: 'circle',
				dash: [8, 4],
				points: points('shells_rok_estimate', true)
			},
			{
				key: 'ukraine',
				label: { hu: 'Ukrán katonai hírszerzés becslése', en: 'Ukrainian military intelligence' },
				color: 1,
				pointStyle: 'triangle',
				dash: [2, 3],
				points: points('shells_ukraine_estimate', true)
			}
		]
	};
}

function containersModel(): ChartModel {
	return {
		id: 'chart-containers',
		type: 'line',
		x: 'date',
		unit: { hu: 'konténer (összesen)', en: 'containers (cumulative)' },
		decimals: 0,
		title: {
			hu: 'Észak-Koreából Oroszországba szállított konténerek',
			en: 'Containers shipped from North Korea to Russia'
		},
		takeaway: {
			hu: `Mindkét számolás meredeken emelkedik: az amerikai ${figureDate('se-cont-us-2023-10-13', 'hu')} ${figure('se-cont-us-2023-10-13', 'hu')} konténerről ${figureDate('se-cont-us-2024-09-04', 'hu')} ${figure('se-cont-us-2024-09-04', 'hu')} konténerre, a dél-koreai ${figureDate('se-cont-rok-2025-07-13', 'hu')} ${figure('se-cont-rok-2025-07-13', 'hu')} konténerre nőtt.`,
			en: `Both counts rise steeply: the US one from ${figure('se-cont-us-2023-10-13', 'en')} containers in ${figureDate('se-cont-us-2023-10-13', 'en')} to ${figure('se-cont-us-2024-09-04', 'en')} in ${figureDate('se-cont-us-2024-09-04', 'en')}, South Korea's to ${figure('se-cont-rok-2025-07-13', 'en')} in ${figureDate('se-cont-rok-2025-07-13', 'en')}.`
		},
		note: {
			hu: 'Kormányok hírszerzési becslései (szaggatott vonal), a bejelentés napjánál. A konténerek tartalmát nem ismerjük pontosan. A dél-koreai 2024. augusztusi szám 2022 közepétől számol, a többi 2023 szeptemberétől.',
			en: 'Governments’ intelligence estimates (dashed lines), at the date each was announced. What exactly the containers held is not known. South Korea’s August 2024 figure counts from mid-2022; the others from September 2023.'
		},
		series: [
			{
				key: 'us',
				label: { hu: 'Az USA kormánya', en: 'US government' },
				color: 0,
				pointStyle: 'rect',
				dash: [8, 4],
				points: points('containers_us', true)
			},
			{
				key: 'rok',
				label: { hu: 'Dél-Korea', en: 'South Korea' },
				color: 1,
				pointStyle: 'circle',
				dash: [3, 3],
				points: points('containers_rok', true)
			},
			{
				key: 'ukraine',
				label: { hu: 'Ukrán kormányzati dokumentum', en: 'Ukrainian government document' },
				color: 2,
				pointStyle: 'triangle',
				dash: [1, 4],
				points: points('containers_ukraine', true)
			}
		]
	};
}

function troopsModel(): ChartModel {
	const south = [
		'se-troops-2024-10-18',
		'se-troops-2024-10-23',
		'se-troops-2025-04-30',
		'se-troops-2025-06-17',
		'se-troops-2025-09-02'
	];
	const us = ['se-troops-2024-10-28', 'se-troops-2024-11-04'];
	const band = getSeries('troops_sent').filter((fact) =>
		['se-troops-2025-04-30', 'se-troops-2025-06-17', 'se-troops-2025-09-02'].includes(fact.id)
	);
	const values = band.map((fact) => fact.value ?? 0);
	return {
		id: 'chart-troops',
		noteFacts: [
			'ev-2025-06-17-shoigu-pyongyang',
			'ev-2025-11-04-nis-troops',
			'ev-2025-12-31-kim-troops-message'
		],
		type: 'line',
		x: 'date',
		gapDays: 90,
		unit: { hu: 'katona (összesen)', en: 'soldiers (cumulative)' },
		decimals: 0,
		title: {
			hu: 'Oroszországba küldött észak-koreai katonák',
			en: 'North Korean troops sent to Russia'
		},
		takeaway: {
			hu: '2024 októberében néhány hét alatt 1500-ról mintegy 11–12 ezerre nőtt a becslés; 2025-ben a források 13 és 15 ezer közé teszik a létszámot.',
			en: 'Within a few weeks of October 2024 the estimate rose from 1,500 to about 11,000–12,000; in 2025 sources put the total between 13,000 and 15,000.'
		},
		note: {
			hu: 'Dél-koreai és amerikai becslések (szaggatott vonal). Ahol a források eltérnek, sáv vagy függőleges szakasz mutatja a tartományt; ahol hónapokig nincs becslés, a vonal megszakad. Oroszország és Észak-Korea 2025 áprilisában elismerte a bevetést, de számot nem közölt. A 2025 júniusában bejelentett 6000 katonai építő és aknamentesítő nincs benne. A csapatok 2026-ban is kint voltak: a dél-koreai hírszerzés szerint 2025 novemberében mintegy 10 000 észak-koreai katona állomásozott az orosz–ukrán határ közelében, és Kim 2025. december 31-i újévi üzenete a külföldön harcoló egységeknek szólt.',
			en: "South Korean and US estimates (dashed lines). Where sources differ, a band or a vertical stroke shows the range; where there is no estimate for months, the line breaks. Russia and North Korea acknowledged the deployment in April 2025 but gave no numbers. The 6,000 military builders and deminers announced in June 2025 are not included. The troops were still there in 2026: South Korea's intelligence service said in November 2025 that about 10,000 North Korean soldiers were deployed near the Russia–Ukraine border, and Kim's New Year message of 31 December 2025 was addressed to units fighting abroad."
		},
		series: [
			{
				key: 'rok',
				label: { hu: 'Dél-Korea (NIS és hadsereg)', en: 'South Korea (NIS and military)' },
				color: 0,
				pointStyle: 'circle',
				dash: [8, 4],
				points: points('troops_sent', true, south)
			},
			{
				key: 'us',
				label: { hu: 'Az USA védelmi minisztériuma', en: 'US Department of Defense' },
				color: 1,
				pointStyle: 'rect',
				dash: [3, 3],
				points: points('troops_sent', true, us)
			}
		],
		band: {
			label: {
				hu: 'A 2025-ös becslések tartománya',
				en: 'Range of the 2025 estimates'
			},
			from: pointDate(band[0]),
			to: pointDate(band[band.length - 1]),
			low: Math.min(...values),
			high: Math.max(...values),
			facts: band
		}
	};
}

function tradeModel(): ChartModel {
	const all = getSeries('trade_turnover_usd');
	// Recorded figures are official or customs data; 2022 is back-calculated and 2024 an industry estimate.
	const isEstimate = (fact: SeriesPoint) => fact.confidence === 'low';
	const recorded = all.map((fact) => ({
		...toPoint(fact, false),
		y: isEstimate(fact) ? null : fact.value
	}));
	const estimated = all.map((fact) => ({
		...toPoint(fact, true),
		y: isEstimate(fact) ? fact.value : null
	}));
	return {
		id: 'chart-trade',
		noteFacts: ['se-trade-2023-poe'],
		type: 'bar',
		x: 'year',
		categories: all.map(pointDate),
		unit: { hu: 'millió USD', en: 'USD million' },
		decimals: 1,
		title: {
			hu: 'Nyilvántartott orosz–észak-koreai kereskedelem évente',
			en: 'Recorded Russia–North Korea trade per year'
		},
		takeaway: {
			hu: 'A nyilvántartott kereskedelem kicsi: 2021–2022-ben szinte eltűnt, 2023-ra kb. 34 millió dollárra nőtt, de a fegyverszállítások nincsenek benne.',
			en: 'Recorded trade is small: it almost vanished in 2021–2022 and rose to about $34 million in 2023, and it leaves out the arms trade entirely.'
		},
		note: {
			hu: 'A nyilvántartott (legális) kereskedelem nem tartalmazza a fegyverszállításokat, amelyek becslések szerint ennél jóval nagyobbak. 2021-re nincs dollárösszeg (a kereskedelem szinte megszűnt). A 2022-es szám visszaszámolt (a 2023-as érték kilencede), a 2024-es egy iparági becslés, amelyet egy másik jelentés vitat: ezek halvány, keretes oszlopok. Egy kiszivárgott ENSZ-jelentés részéves 2023-as adatát (28 millió USD) nem ábrázoljuk, mert nem összevethető.',
			en: 'Recorded (legal) trade does not include the arms transfers, which are estimated to be far larger. There is no dollar figure for 2021 (trade almost stopped). The 2022 figure is back-calculated (one ninth of 2023) and 2024 is an industry estimate that another report contests: these are pale, outlined bars. A leaked UN experts’ partial-year figure for 2023 ($28 million) is not charted because it is not comparable.'
		},
		series: [
			{
				key: 'recorded',
				label: { hu: 'Hivatalos adat', en: 'Official figure' },
				color: 0,
				pointStyle: 'rect',
				points: recorded
			},
			{
				key: 'estimate',
				label: { hu: 'Becslés vagy visszaszámolt érték', en: 'Estimate or back-calculation' },
				color: 1,
				pointStyle: 'rectRot',
				points: estimated
			}
		]
	};
}

function missilesModel(): ChartModel {
	const byId = (ids: string[]) => points('nk_missiles_launched', true, ids);
	return {
		id: 'chart-missiles',
		type: 'line',
		x: 'date',
		unit: { hu: 'kilőtt rakéta (összesen)', en: 'missiles fired (cumulative)' },
		decimals: 0,
		title: {
			hu: 'Ukrajnára kilőtt észak-koreai ballisztikus rakéták',
			en: 'North Korean ballistic missiles fired at Ukraine'
		},
		takeaway: {
			hu: '2024 során az ukrán és az amerikai számok 24-ről 60, illetve 65 fölé nőttek, de a források másképp számolnak.',
			en: 'During 2024 the Ukrainian and US counts rose from 24 to over 60 and 65 respectively, but the sources count differently.'
		},
		note: {
			hu: 'Csak néhány datált szám létezik, ezért a pontok fontosabbak a vonalaknál. Az amerikai szám (több mint 65) magasabb a későbbi ukránnál (legalább 60): a kettő nem ugyanazt számolja.',
			en: 'Only a handful of dated counts exist, so read the points rather than the lines. The US figure (more than 65) is higher than the later Ukrainian one (at least 60): they do not count the same thing.'
		},
		series: [
			{
				key: 'ukraine',
				label: {
					hu: 'Ukrán ügyészség és hírszerzés',
					en: 'Ukrainian prosecutors and intelligence'
				},
				color: 0,
				pointStyle: 'triangle',
				dash: [8, 4],
				points: byId(['se-missiles-2024-02-16', 'se-missiles-2024-05-07', 'se-missiles-2024-12-02'])
			},
			{
				key: 'us',
				label: { hu: 'Az USA külügyminisztériuma', en: 'US State Department' },
				color: 1,
				pointStyle: 'rect',
				dash: [3, 3],
				points: byId(['se-missiles-2024-09-04'])
			}
		]
	};
}

function casualtiesModel(): ChartModel {
	const series: ChartSeries[] = [
		{
			key: 'nis',
			label: { hu: 'Dél-Korea: halott és sebesült', en: 'South Korea: killed and wounded' },
			color: 0,
			pointStyle: 'circle',
			dash: [8, 4],
			points: points('casualties_nis', true)
		},
		{
			key: 'nis_dead',
			label: { hu: 'Dél-Korea: csak halott', en: 'South Korea: killed only' },
			color: 3,
			pointStyle: 'crossRot',
			dash: [12, 3, 2, 3],
			points: points('deaths_nis', true)
		},
		{
			key: 'ukraine',
			label: { hu: 'Ukrajna (Zelenszkij)', en: 'Ukraine (Zelensky)' },
			color: 1,
			pointStyle: 'triangle',
			dash: [2, 3],
			points: points('casualties_ukraine', true)
		},
		{
			key: 'us',
			label: { hu: 'Amerikai tisztviselők', en: 'US officials' },
			color: 2,
			pointStyle: 'rect',
			dash: [3, 3],
			points: points('casualties_us', true)
		},
		{
			key: 'uk',
			label: {
				hu: 'Brit védelmi minisztérium (gyenge forrás)',
				en: 'UK Ministry of Defence (weak source)'
			},
			color: 4,
			pointStyle: 'rectRot',
			dash: [1, 4],
			points: points('casualties_uk', true)
		}
	];
	return {
		id: 'chart-casualties',
		type: 'line',
		x: 'date',
		unit: { hu: 'fő (összesen)', en: 'people (cumulative)' },
		decimals: 0,
		title: {
			hu: 'Észak-koreai veszteségek forrásonként',
			en: 'North Korean casualties, by source'
		},
		takeaway: {
			hu: 'A becslések nagyon eltérnek: 2025 áprilisában Dél-Korea kb. 4700, az USA kb. 1200 halottat és sebesültet említett.',
			en: 'The estimates differ widely: in April 2025 South Korea spoke of about 4,700 killed and wounded, the US of about 1,200.'
		},
		note: {
			hu: 'Minden szám becslés, forrásonként külön vonalon. A „veszteség” itt halottat és sebesültet jelent; a „csak halott” vonal ennek része. Egy nyugati tisztviselőktől származó, eltűnteket és foglyokat is számoló becslést (2025. január, kb. 4000) nem ábrázolunk, mert más a számolás alapja.',
			en: 'Every number is an estimate, one line per source. “Casualties” means killed plus wounded; the “killed only” line is part of it. A Western officials’ estimate that also counts the missing and captured (January 2025, about 4,000) is not charted because it counts differently.'
		},
		series
	};
}

/** The charts of the timeline page, in reading order. */
export function buildChartModels(): ChartModel[] {
	return [
		visitsModel(),
		shellsModel(),
		containersModel(),
		troopsModel(),
		tradeModel(),
		missilesModel(),
		casualtiesModel()
	];
}

export const chartModels: readonly ChartModel[] = buildChartModels();

/**
 * The facts a chart holds: its plotted points, its band and the events its note names. A quiz
 * that cites the chart as evidence, and the chart's own takeaway and note, state only these.
 */
export function chartFacts(model: ChartModel): Fact[] {
	return [
		...model.series.flatMap((s) => s.points.map((p) => p.fact)),
		...(model.band?.facts ?? []),
		...(model.noteFacts ?? []).map((id) => {
			const fact = getFact(id);
			if (!fact) throw new Error(`No such fact: ${id}`);
			return fact;
		})
	];
}

/** One chart's model by its element id (`chart-shells`); throws on an unknown id. */
export function getChartModel(id: string): ChartModel {
	const model = chartModels.find((m) => m.id === id);
	if (!model) throw new Error(`No such chart: ${id}`);
	return model;
}

/** The chart with this id, if there is one. */
export const chartById = (id: string): ChartModel | undefined =>
	chartModels.find((m) => m.id === id);
