import { qualifierFromUnit } from '$lib/charts/format';
import { getPoint } from '$lib/data/figures';
import type { FactId } from './types';
import type { Text } from './types';

/** A row of the timeline students complete: either the date or the event is left blank. */
export interface TimelineRow {
	date: string;
	until?: string;
	event: Text;
	blank: 'date' | 'event';
	facts: FactId[];
}

/** Task 1: the timeline to complete, in order; the answer key shows the blanks filled in. */
export const timelineRows: TimelineRow[] = [
	{
		date: '1961-07-06',
		blank: 'event',
		event: {
			hu: 'Aláírják a szovjet–észak-koreai barátsági és kölcsönös segítségnyújtási szerződést.',
			en: 'The Soviet–North Korean treaty of friendship and mutual assistance is signed.'
		},
		facts: ['bg-1961-treaty']
	},
	{
		date: '2023-07-25',
		until: '2023-07-27',
		blank: 'date',
		event: {
			hu: 'Sojgu, akkor még hadügyminiszter, Phenjanban jár; Kim fegyvereket mutat neki.',
			en: 'Shoigu, then defence minister, visits Pyongyang; Kim shows him weapons.'
		},
		facts: ['ev-2023-07-25-shoigu-pyongyang']
	},
	{
		date: '2023-09-13',
		blank: 'event',
		event: {
			hu: 'Putyin és Kim csúcstalálkozója a vosztocsniji űrrepülőtéren.',
			en: 'Putin and Kim hold a summit at the Vostochny Cosmodrome.'
		},
		facts: ['ev-2023-09-13-vostochny-summit']
	},
	{
		date: '2024-05-12',
		blank: 'date',
		event: {
			hu: 'Sojgu az orosz Biztonsági Tanács titkára lesz.',
			en: 'Shoigu becomes secretary of Russia’s Security Council.'
		},
		facts: ['ev-2024-05-12-shoigu-security-council']
	},
	{
		date: '2024-06-19',
		blank: 'event',
		event: {
			hu: 'Putyin 24 év után először Phenjanban; aláírják az átfogó stratégiai partnerségi szerződést.',
			en: 'Putin in Pyongyang for the first time in 24 years; the Treaty on Comprehensive Strategic Partnership is signed.'
		},
		facts: ['ev-2024-06-18-putin-pyongyang', 'ev-2024-06-19-treaty-signed']
	},
	{
		date: '2024-09-13',
		blank: 'date',
		event: {
			hu: 'Sojgu Phenjanban tárgyal Kim Dzsong-unnal (a cikk eseménye).',
			en: 'Shoigu holds talks with Kim Jong Un in Pyongyang (the article’s event).'
		},
		facts: ['ev-2024-09-13-shoigu-pyongyang']
	},
	{
		date: '2024-10-18',
		blank: 'event',
		event: {
			hu: 'A dél-koreai hírszerzés szerint Észak-Korea katonákat kezdett küldeni Oroszországba.',
			en: 'South Korea’s intelligence service says North Korea has begun sending troops to Russia.'
		},
		facts: ['ev-2024-10-18-troops-revealed']
	},
	{
		date: '2024-12-04',
		blank: 'date',
		event: {
			hu: 'A 2024-es szerződés hatályba lép.',
			en: 'The 2024 treaty enters into force.'
		},
		facts: ['ev-2024-12-04-treaty-in-force']
	},
	{
		date: '2025-04-26',
		until: '2025-04-28',
		blank: 'event',
		event: {
			hu: 'Oroszország és Észak-Korea elismeri, hogy észak-koreai katonák harcoltak a Kurszki területen.',
			en: 'Russia and North Korea acknowledge that North Korean troops fought in the Kursk region.'
		},
		facts: ['ev-2025-04-26-russia-admits', 'ev-2025-04-28-dprk-admits']
	}
];

/** How a figure was qualified by whoever gave it. */
export type Qualifier = 'about' | 'over' | 'up_to';

export interface ShellEstimate {
	/** When the estimate was made or what date it refers to. */
	date: string;
	/** Millions of shells (152 mm equivalent for most points). */
	million: number;
	qualifier: Qualifier;
	who: Text;
	facts: FactId[];
}

/** The worksheet's hedge for a data point, read from the fact's own unit. */
function hedgeOf(factId: FactId): Qualifier {
	const q = qualifierFromUnit(getPoint(factId).unit);
	if (q === 'up_to' || q === 'about') return q;
	if (q === 'at_least' || q === 'more_than') return 'over';
	throw new Error(`No hedge in the unit of ${factId}`);
}

/** One estimate of the shells chart: its figure and hedge come from the fact, never retyped here. */
function estimate(factId: FactId, date: string, who: Text): ShellEstimate {
	const value = getPoint(factId).value;
	if (value === null) throw new Error(`No figure for ${factId}`);
	return { date, million: value, qualifier: hedgeOf(factId), who, facts: [factId] };
}

/** Task 2: South Korean estimates of shells shipped, cumulative, as one chart to read. */
export const shellEstimates: ShellEstimate[] = [
	estimate('se-shells-rok-2023-11-01', '2023-11', {
		hu: 'NIS (hírszerzés)',
		en: 'NIS (intelligence)'
	}),
	estimate('se-shells-rok-2024-02-26', '2024-02', {
		hu: 'védelmi miniszter',
		en: 'defence minister'
	}),
	estimate('se-shells-rok-2024-06-14', '2024-06', {
		hu: 'védelmi miniszter',
		en: 'defence minister'
	}),
	estimate('se-shells-rok-2024-07-15', '2024-07', {
		hu: 'védelmi miniszter',
		en: 'defence minister'
	}),
	estimate('se-shells-rok-2024-08-27', '2024-08', {
		hu: 'katonai hírszerzés',
		en: 'military intelligence'
	}),
	estimate('se-shells-rok-2024-09', '2024-09', {
		hu: 'védelmi minisztérium',
		en: 'defence ministry'
	}),
	estimate('se-shells-rok-2025-06-26', '2025-06', {
		hu: 'NIS (hírszerzés)',
		en: 'NIS (intelligence)'
	}),
	estimate('se-shells-rok-2025-07-13', '2025-07', {
		hu: 'dél-koreai katonai hírszerzés (DIA)',
		en: 'South Korea’s Defense Intelligence Agency (DIA)'
	})
];

/** A question on paper: how many writing lines it gets, and the answer for the key. */
export interface PaperQuestion {
	question: Text;
	lines: number;
	answer: Text;
	facts: FactId[];
}

export const chartQuestions: PaperQuestion[] = [
	{
		question: {
			hu: 'Kik készítették ezeket a becsléseket?',
			en: 'Who made these estimates?'
		},
		lines: 1,
		answer: {
			hu: 'Dél-koreai állami szervek: a védelmi minisztérium és a miniszter, a hírszerzés (NIS) és a katonai hírszerzés. Egyik szám sem orosz vagy észak-koreai.',
			en: 'South Korean state bodies: the defence ministry and its minister, the intelligence service (NIS) and military intelligence. None of the figures is Russian or North Korean.'
		},
		facts: ['se-shells-rok-2024-02-26', 'se-shells-rok-2024-09']
	},
	{
		question: {
			hu: 'Mennyivel nőtt a becslés 2024 februárja és 2024 szeptembere között?',
			en: 'By how much did the estimate grow between February 2024 and September 2024?'
		},
		lines: 1,
		answer: {
			hu: '3 millióról legfeljebb 9,4 millióra, vagyis 6,4 millióval: több mint háromszorosára.',
			en: 'From 3 million to up to 9.4 million, an increase of 6.4 million: more than three times as many.'
		},
		facts: ['se-shells-rok-2024-02-26', 'se-shells-rok-2024-09']
	},
	{
		question: {
			hu: 'Mit számoltak meg, és mit számoltak ki belőle?',
			en: 'What was counted, and what was worked out from it?'
		},
		lines: 2,
		answer: {
			hu: 'A konténereket követték (műholdfelvételek, hírszerzés); a lövedékszám abból adódik, hány 152 mm-es lövedék férne beléjük, ha mind tele lett volna vele (2024 szeptemberében kb. 20 000 konténer).',
			en: 'The containers were tracked (satellite images, intelligence); the number of shells is how many 152 mm shells would fit in them if all were full of them (about 20,000 containers by September 2024).'
		},
		facts: ['se-shells-rok-2024-09', 'bg-152mm']
	},
	{
		question: {
			hu: 'Írj egy okot, amiért a valódi szám kisebb, és egyet, amiért nagyobb lehet!',
			en: 'Give one reason why the real number could be smaller, and one why it could be larger.'
		},
		lines: 2,
		answer: {
			hu: 'Kisebb: a konténerekben rakéták, más lőszer vagy felszerelés is lehetett; nem mind volt tele. Nagyobb: nem minden szállítmányt láttak (más útvonal, éjszaka, fedett vagonok). Bármelyik indokolt válasz elfogadható.',
			en: 'Smaller: the containers may have held rockets, other ammunition or equipment, or were not all full. Larger: not every shipment was seen (other routes, at night, covered wagons). Accept any reasoned answer.'
		},
		facts: ['se-shells-rok-2024-02-26']
	}
];

export const openQuestions: PaperQuestion[] = [
	{
		question: {
			hu: 'Milyen tisztséget töltött be Sojgu 2023 júliusában, és milyet 2024 szeptemberében?',
			en: 'What post did Shoigu hold in July 2023, and what post in September 2024?'
		},
		lines: 2,
		answer: {
			hu: '2023 júliusában hadügyminiszter volt, 2024. május 12. óta a Biztonsági Tanács titkára.',
			en: 'In July 2023 he was defence minister; since 12 May 2024 he has been secretary of the Security Council.'
		},
		facts: ['bg-shoigu-roles']
	},
	{
		question: {
			hu: 'A cikk szerint mi történt Sojgu 2023-as látogatása után? Kinek az állítása ez?',
			en: 'According to the article, what happened after Shoigu’s 2023 visit? Whose claim is it?'
		},
		lines: 3,
		answer: {
			hu: 'Kim ballisztikus rakétákat is mutatott, amelyek hónapokkal később az ukrajnai fronton is megjelentek; a műholdfelvételek a kereskedelem növekedését jelezték, ami az USA és partnerei szerint több millió tüzérségi lőszert is jelentett. A cikk a Bloombergre és az Egyesült Államokra és partnereire hivatkozik.',
			en: 'Kim showed him weapons including ballistic missiles, which appeared on the Ukrainian front months later; satellite images showed growing trade, which according to the US and its partners included millions of artillery shells. The article cites Bloomberg and the United States and its partners.'
		},
		facts: ['ev-2023-07-25-shoigu-pyongyang', 'ev-2024-01-04-first-missiles']
	},
	{
		question: {
			hu: 'Mit ígér a 2024-es szerződés 4. cikke? Melyik régebbi szerződésre hasonlít, és érvényes-e még az?',
			en: 'What does Article 4 of the 2024 treaty promise? Which older treaty does it resemble, and is that treaty still in force?'
		},
		lines: 3,
		answer: {
			hu: 'Ha az egyik felet fegyveres támadás éri, a másik haladéktalanul katonai és egyéb segítséget ad. Az 1961-es szovjet–észak-koreai szerződés 1. cikkére hasonlít, de az 1995–96-ban megszűnt.',
			en: 'If one side suffers an armed attack, the other gives military and other assistance without delay. It resembles Article 1 of the 1961 Soviet–North Korean treaty, which lapsed in 1995–96.'
		},
		facts: ['ev-2024-06-19-treaty-signed', 'bg-1961-vs-2024', 'bg-1961-treaty']
	},
	{
		question: {
			hu: 'A cikk egy látogatásról azt írja, hogy „több mint 20 éve az első hasonló eset”. Kié volt ez a látogatás, mikor, és mikor volt az előző?',
			en: 'The article calls one visit “the first such case in more than 20 years”. Whose visit was it, when, and when was the previous one?'
		},
		lines: 2,
		answer: {
			hu: 'Putyin phenjani látogatása 2024 júniusában; az előző 2000 júliusában volt, vagyis 24 évvel korábban.',
			en: 'Putin’s visit to Pyongyang in June 2024; the previous one was in July 2000, 24 years earlier.'
		},
		facts: ['ev-2024-06-18-putin-pyongyang', 'bg-putin-2000-visit']
	},
	{
		question: {
			hu: 'Válassz kettőt a szereplők közül (Dél-Korea, Egyesült Államok, Ukrajna, Oroszország, Észak-Korea). Miért mondhatja mindegyik azt, amit a fegyverszállításokról mond?',
			en: 'Choose two of the actors (South Korea, the United States, Ukraine, Russia, North Korea). Why might each say what it says about the arms shipments?'
		},
		lines: 3,
		answer: {
			hu: 'Például: Ukrajna és szövetségesei nemzetközi nyomást és támogatást akarnak; Dél-Korea a saját biztonsága miatt figyeli Észak-Koreát; Oroszország és Észak-Korea ENSZ-szankciókat sértene, ezért sokáig tagadott (a katonákat 2025 áprilisában ismerte el). Jó válasz: az érdeket és a bizonyíték kérdését is megemlíti.',
			en: 'For example: Ukraine and its allies want international pressure and support; South Korea watches the North for its own security; Russia and North Korea would be breaching UN sanctions, so they long denied it (they acknowledged the troops in April 2025). A good answer mentions both the interest and the question of evidence.'
		},
		facts: ['ev-2025-04-26-russia-admits', 'ev-2024-03-28-poe-veto']
	},
	{
		question: {
			hu: 'Kilépőkártya: írj egy tényt és egy becslést a mai óráról! Ki készítette a becslést?',
			en: 'Exit ticket: write one fact and one estimate from today’s lesson. Who made the estimate?'
		},
		lines: 2,
		answer: {
			hu: 'Például tény: Sojgu 2024. szeptember 13-án Phenjanban tárgyalt Kimmel. Becslés: legfeljebb 9,4 millió lövedék – a dél-koreai védelmi minisztérium becslése. A becslésnél a forrás megnevezése kötelező.',
			en: 'For example, fact: Shoigu held talks with Kim in Pyongyang on 13 September 2024. Estimate: up to 9.4 million shells – an estimate by South Korea’s defence ministry. The estimate must name who made it.'
		},
		facts: ['ev-2024-09-13-shoigu-pyongyang', 'se-shells-rok-2024-09']
	}
];
