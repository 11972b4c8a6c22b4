import type { DataTable, Quiz } from '$lib/quiz/types';
import { explain, inChart, inText, opt } from './helpers';

/*
 * Tables carry their own figures, each with the id of the fact it comes from, so that the bank spec
 * can check them against the shared fact sheet. They show the same series as the timeline's charts.
 */

const shellsTable: DataTable = {
	caption: {
		hu: 'Dél-koreai becslések az Oroszországba küldött lövedékekről, többnyire arról, hány 152 mm-es lövedéket tarthattak a konténerek (összesen, az adott időpontig)',
		en: 'South Korean estimates of shells sent to Russia, mostly of how many 152 mm shells the containers could have held (running total)'
	},
	columns: [
		{ hu: 'Időpont', en: 'Date' },
		{ hu: 'Millió lövedék (becslés)', en: 'Million shells (estimate)' }
	],
	rows: [
		{
			label: { hu: '2023. november', en: 'November 2023' },
			value: 1,
			factId: 'se-shells-rok-2023-11-01',
			source: "L'essentiel, 2023-11-01",
			estimate: true
		},
		{
			label: { hu: '2024. február', en: 'February 2024' },
			value: 3,
			factId: 'se-shells-rok-2024-02-26',
			source: 'Politico Europe, 2024-02-27',
			estimate: true
		},
		{
			label: { hu: '2024. június', en: 'June 2024' },
			value: 4.8,
			factId: 'se-shells-rok-2024-06-14',
			source: 'Euromaidan Press, 2024-06-14',
			estimate: true
		},
		{
			label: { hu: '2024. szeptember', en: 'September 2024' },
			value: 9.4,
			factId: 'se-shells-rok-2024-09',
			source: 'Korea News Digest (Yonhap), 2024',
			estimate: true
		},
		{
			label: { hu: '2025. július', en: 'July 2025' },
			value: 12,
			factId: 'se-shells-rok-2025-07-13',
			source: 'MENAFN, 2025-07-13',
			estimate: true
		}
	]
};

const containersTable: DataTable = {
	caption: {
		hu: 'Az amerikai kormány adatai: hány konténer lőszert és katonai anyagot küldött Észak-Korea Oroszországnak 2023 szeptembere óta (összesen, „több mint”)',
		en: 'US government figures: containers of munitions and military materiel North Korea had sent to Russia since September 2023 (running total, “more than”)'
	},
	columns: [
		{ hu: 'Időpont', en: 'Date' },
		{ hu: 'Konténer', en: 'Containers' }
	],
	rows: [
		{
			label: { hu: '2023. október 13. (Fehér Ház)', en: '13 October 2023 (White House)' },
			value: 1000,
			factId: 'se-cont-us-2023-10-13',
			source: 'DW (AFP, AP), 2023-10-13',
			estimate: true
		},
		{
			label: {
				hu: '2024. február 23. (külügyminisztérium)',
				en: '23 February 2024 (State Department)'
			},
			value: 10000,
			factId: 'se-cont-us-2024-02-23',
			source: 'Yonhap via Cambodia Tribune, 2024-02',
			estimate: true
		},
		{
			label: {
				hu: '2024. szeptember 4. (külügyminisztérium)',
				en: '4 September 2024 (State Department)'
			},
			value: 16500,
			factId: 'se-cont-us-2024-09-04',
			source: 'Yonhap (via Myanmar News Gazette), 2024-09-04',
			estimate: true
		}
	]
};

const troopsTable: DataTable = {
	caption: {
		hu: 'Hány észak-koreai katonát küldtek Oroszországba? Becslések, ahogy egymás után megjelentek',
		en: 'How many North Korean soldiers were sent to Russia? Estimates as they came out'
	},
	columns: [
		{ hu: 'Időpont és becslő', en: 'Date and estimator' },
		{ hu: 'Katona (kb.)', en: 'Soldiers (about)' }
	],
	rows: [
		{
			label: {
				hu: '2024. október 18. – dél-koreai hírszerzés (NIS)',
				en: '18 October 2024 – South Korea’s intelligence service (NIS)'
			},
			value: 1500,
			factId: 'se-troops-2024-10-18',
			source: 'KBS World Radio (Yonhap), 2024-10-18',
			estimate: true
		},
		{
			label: {
				hu: '2024. október 23. – dél-koreai hírszerzés (NIS)',
				en: '23 October 2024 – South Korea’s intelligence service (NIS)'
			},
			value: 3000,
			factId: 'se-troops-2024-10-23',
			source: 'Local News 8 (AP), 2024-10-23',
			estimate: true
		},
		{
			label: {
				hu: '2024. október 28. – Pentagon (amerikai védelmi minisztérium)',
				en: '28 October 2024 – the Pentagon (US Department of Defense)'
			},
			value: 10000,
			factId: 'se-troops-2024-10-28',
			source: 'LBCI (AFP), 2024-10-28',
			estimate: true
		},
		{
			label: {
				hu: '2025. április 30. – dél-koreai hírszerzés (NIS)',
				en: '30 April 2025 – South Korea’s intelligence service (NIS)'
			},
			value: 15000,
			factId: 'se-troops-2025-04-30',
			source: 'KBS World Radio (Yonhap), 2025-04-30',
			estimate: true
		}
	]
};

const tradeTable: DataTable = {
	caption: {
		hu: 'Az orosz–észak-koreai kereskedelem értéke, millió dollár (csak a nyilvántartott, legális kereskedelem; 2021-re és 2022-re nincs megbízható adat)',
		en: 'Russia–North Korea trade, million US dollars (recorded, legal trade only; no reliable figure for 2021 and 2022)'
	},
	columns: [
		{ hu: 'Év', en: 'Year' },
		{ hu: 'Millió dollár', en: 'Million dollars' }
	],
	rows: [
		{
			label: { hu: '2019', en: '2019' },
			value: 47.9,
			factId: 'se-trade-2019',
			source: 'Yonhap, 2020-03-18'
		},
		{
			label: { hu: '2020', en: '2020' },
			value: 42.74,
			factId: 'se-trade-2020',
			source: 'TASS (citing KBS), 2021-02-19'
		},
		{
			label: { hu: '2023 (orosz hivatalos adat)', en: '2023 (official Russian figure)' },
			value: 34.4,
			factId: 'se-trade-2023',
			source: 'TASS, 2024-06-17'
		},
		{
			label: {
				hu: '2024 (egy orosz szakmai szövetség becslése)',
				en: '2024 (estimate by a Russian trade association)'
			},
			value: 34,
			factId: 'se-trade-2024',
			source: 'KBS World Radio (Yonhap), 2025-06',
			estimate: true
		}
	]
};

const shoiguTable: DataTable = {
	caption: {
		hu: 'Sojgu phenjani útjai évenként',
		en: 'Shoigu’s trips to Pyongyang per year'
	},
	columns: [
		{ hu: 'Év', en: 'Year' },
		{ hu: 'Út', en: 'Trips' }
	],
	rows: [
		{
			label: { hu: '2023', en: '2023' },
			value: 1,
			factId: 'se-shoigu-trips-2023',
			source: 'Al Arabiya (AFP), 2023-07-25'
		},
		{
			label: { hu: '2024', en: '2024' },
			value: 1,
			factId: 'se-shoigu-trips-2024',
			source: 'TRT World (Anadolu), 2024-09-13'
		},
		{
			label: { hu: '2025', en: '2025' },
			value: 3,
			factId: 'se-shoigu-trips-2025',
			source:
				'Dayton Daily News (AP), 2025-03-21; The Moscow Times, 2025-06-04; Izvestia, 2025-06-17'
		}
	]
};

const casualtiesTable: DataTable = {
	caption: {
		hu: 'Észak-koreai veszteségek (halottak és sebesültek együtt) 2025 februárja és áprilisa között: három becslés',
		en: 'North Korean casualties (killed and wounded together), February–April 2025: three estimates'
	},
	columns: [
		{ hu: 'Ki becsülte és mikor', en: 'Who estimated it, and when' },
		{ hu: 'Halott és sebesült (kb.)', en: 'Killed and wounded (about)' }
	],
	rows: [
		{
			label: {
				hu: 'Zelenszkij ukrán elnök, 2025. február 14.',
				en: 'President Zelensky of Ukraine, 14 February 2025'
			},
			value: 4000,
			factId: 'se-cas-ua-2025-02-14',
			source: 'The Kyiv Independent, 2025-02-27',
			estimate: true
		},
		{
			label: { hu: 'amerikai tisztviselők, 2025. április 28.', en: 'US officials, 28 April 2025' },
			value: 1200,
			factId: 'se-cas-us-2025-04-28',
			source: 'Politico Europe, 2025-04-28',
			estimate: true
		},
		{
			label: {
				hu: 'dél-koreai hírszerzés (NIS), 2025. április 30.',
				en: 'South Korea’s intelligence service (NIS), 30 April 2025'
			},
			value: 4700,
			factId: 'se-cas-nis-2025-04-30',
			source: 'KBS World Radio (Yonhap), 2025-04-30',
			estimate: true
		}
	]
};

/** Reading the data: tables from the timeline's charts, and whose estimate each figure is. */
export const dataQuiz: Quiz = {
	id: 'data',
	title: { hu: 'Olvasd le az adatokat!', en: 'Reading the data' },
	description: {
		hu: 'Táblázatok és becslések: mit mutatnak a számok, és ki mondja őket?',
		en: 'Tables and estimates: what the numbers show, and who says so.'
	},
	questions: [
		{
			id: 'data-shells-september',
			type: 'table',
			difficulty: 1,
			prompt: {
				hu: 'A táblázat szerint 2024 szeptemberéig legfeljebb hány lövedék lehetett a konténerekben?',
				en: 'According to the table, up to how many shells could the containers have held by September 2024?'
			},
			table: shellsTable,
			options: [
				opt('m9-4', '9,4 millió', '9.4 million'),
				opt('m4-8', '4,8 millió', '4.8 million'),
				opt('m12', '12 millió', '12 million'),
				opt('m1', '1 millió', '1 million')
			],
			key: 'm9-4',
			explanation: explain(
				'A dél-koreai védelmi minisztérium szerint 2024 szeptemberéig [[e:se-cont-rok-2024-09|kb. 20 000 konténer]] ment Oroszországba, amely teljesen megrakva [[e:se-shells-rok-2024-09|legfeljebb 9,4 millió]] 152 mm-es lövedéket tarthatott. A „[[e:se-shells-rok-2025-07-13|több mint 12 millió]]” egy 2025. júliusi becslés.',
				'South Korea’s defence ministry said that by September 2024 [[e:se-cont-rok-2024-09|about 20,000 containers]] had gone to Russia, which, fully loaded, could hold [[e:se-shells-rok-2024-09|up to 9.4 million]] 152 mm shells. The figure of [[e:se-shells-rok-2025-07-13|more than 12 million]] is an estimate from July 2025.'
			),
			evidence: inChart('chart-shells')
		},
		{
			id: 'data-shells-meaning',
			type: 'table',
			difficulty: 2,
			prompt: {
				hu: 'Mit mérnek valójában a táblázat számai?',
				en: 'What do the figures in the table actually measure?'
			},
			table: shellsTable,
			options: [
				opt(
					'capacity',
					'Azt, hogy hány lövedék férhetett a konténerekbe.',
					'How many shells the containers could have held.'
				),
				opt(
					'customs',
					'Az orosz vámhatóság által a határon megszámolt lövedékeket.',
					'The shells Russian customs counted at the border.'
				),
				opt(
					'fired',
					'Az Ukrajnában eddig kilőtt észak-koreai lövedékeket.',
					'The North Korean shells fired in Ukraine so far.'
				),
				opt(
					'production',
					'Észak-Korea hivatalos, évenkénti lőszergyártási adatait.',
					'North Korea’s official yearly ammunition production figures.'
				)
			],
			key: 'capacity',
			explanation: explain(
				'Oroszország és Észak-Korea nem közölt adatot. Dél-Korea többnyire a konténereket számolta, és azt becsülte, hány 152 mm-es lövedék férhetett beléjük; a hírszerzés 2023. novemberi száma a becsült átadott lövedékeket adja meg. Ezért felső becslés a „[[e:se-shells-rok-2024-09|legfeljebb 9,4 millió]]” lövedék.',
				'Russia and North Korea have published no figures. South Korea mostly counted containers and estimated how many 152 mm shells they could hold; the intelligence figure of November 2023 estimates the shells handed over. That is why “[[e:se-shells-rok-2024-09|up to 9.4 million]]” is an upper estimate.'
			),
			evidence: inChart('chart-shells')
		},
		{
			id: 'data-containers-growth',
			type: 'table',
			difficulty: 3,
			prompt: {
				hu: 'Az amerikai adatok szerint nagyjából hány konténer ment 2024. február 23. és szeptember 4. között?',
				en: 'According to the US figures, roughly how many containers were sent between 23 February and 4 September 2024?'
			},
			table: containersTable,
			options: [
				opt('6500', 'kb. 6500', 'about 6,500'),
				opt('16500', 'kb. 16 500', 'about 16,500'),
				opt('10000', 'kb. 10 000', 'about 10,000'),
				opt('26500', 'kb. 26 500', 'about 26,500')
			],
			key: '6500',
			explanation: explain(
				'A számok 2023 szeptembere óta összesítettek: 2024 februárjában [[e:se-cont-us-2024-02-23|több mint 10 000]] konténer volt, szeptemberben pedig [[e:se-cont-us-2024-09-04|több mint 16 500]] – a két időpont között tehát 16 500 − 10 000 = kb. 6500 konténer ment. Mindkettő „több mint” érték, ezért a különbség is csak közelítő.',
				'The figures are running totals since September 2023: [[e:se-cont-us-2024-02-23|more than 10,000]] containers in February 2024 and [[e:se-cont-us-2024-09-04|more than 16,500]] in September, so 16,500 − 10,000 = about 6,500 containers between the two dates. Both are “more than” figures, so the difference is only approximate.'
			),
			evidence: inChart('chart-containers')
		},
		{
			id: 'data-troops-10000',
			type: 'table',
			difficulty: 2,
			prompt: {
				hu: 'Kinek a becslése mondta ki elsőként, hogy nagyjából 10 000 katona már Oroszországban van?',
				en: 'Whose estimate was the first to say that about 10,000 soldiers were already in Russia?'
			},
			table: troopsTable,
			options: [
				opt('pentagon', 'a Pentagon, 2024. október 28-án', 'the Pentagon, on 28 October 2024'),
				opt(
					'nis',
					'a dél-koreai hírszerzés, 2024. október 18-án',
					'South Korea’s intelligence service, on 18 October 2024'
				),
				opt('russia', 'az orosz hadügyminisztérium', 'Russia’s defence ministry'),
				opt('dprk', 'az észak-koreai hírügynökség (KCNA)', 'North Korea’s news agency (KCNA)')
			],
			key: 'pentagon',
			explanation: explain(
				'A Pentagon 2024. október 28-án [[e:se-troops-2024-10-28|kb. 10 000]] katonáról beszélt. A dél-koreai hírszerzés október 18-án még csak az első [[e:se-troops-2024-10-18|kb. 1500]] katona érkezéséről számolt be; a [[e:se-troops-2024-10-18|mintegy 12 000]] fős küldés, amelyről akkor a Jonhap írt a NIS-re hivatkozva, még csak terv volt. Oroszország és Észak-Korea csak 2025 áprilisában ismerte el a bevetést, és számot nem közölt.',
				'The Pentagon spoke of [[e:se-troops-2024-10-28|about 10,000]] soldiers on 28 October 2024. On 18 October South Korea’s intelligence service had reported only the first [[e:se-troops-2024-10-18|1,500 or so]] arriving; the [[e:se-troops-2024-10-18|roughly 12,000]] that Yonhap then reported, citing the NIS, were a plan, not troops already in Russia. Russia and North Korea acknowledged the deployment only in April 2025 and gave no number.'
			),
			evidence: inChart('chart-troops')
		},
		{
			id: 'data-trade',
			type: 'table',
			difficulty: 3,
			prompt: {
				hu: 'Melyik állítást támasztja alá a táblázat?',
				en: 'Which statement does the table support?'
			},
			table: tradeTable,
			options: [
				opt(
					'lower',
					'A nyilvántartott kereskedelem 2023-ban kisebb volt, mint 2019-ben.',
					'Recorded trade was smaller in 2023 than in 2019.'
				),
				opt(
					'growth',
					'A nyilvántartott kereskedelem 2019 és 2024 között minden évben nőtt.',
					'Recorded trade grew every year from 2019 to 2024.'
				),
				opt(
					'official',
					'A 2024-es szám hivatalos orosz statisztika.',
					'The 2024 figure is an official Russian statistic.'
				),
				opt(
					'arms',
					'A számok tartalmazzák a fegyverszállítások értékét is.',
					'The figures include the value of the arms shipments.'
				)
			],
			key: 'lower',
			explanation: {
				hu: '2019-ben 47,9, 2023-ban 34,4 millió dollár volt a forgalom. 2020-ban csökkent, a 2024-es szám egy szakmai szövetség becslése, és a fegyverkereskedelem egyik évben sem szerepel az adatokban.',
				en: 'Trade was $47.9 million in 2019 and $34.4 million in 2023. It fell in 2020, the 2024 figure is an estimate by a trade association, and the arms trade is not included in any year.'
			},
			evidence: inChart('chart-trade')
		},
		{
			id: 'data-shoigu-trips',
			type: 'table',
			difficulty: 1,
			prompt: {
				hu: 'Melyik évben járt Sojgu a legtöbbször Phenjanban?',
				en: 'In which year did Shoigu go to Pyongyang most often?'
			},
			table: shoiguTable,
			options: [opt('2023', '2023'), opt('2024', '2024'), opt('2025', '2025')],
			key: '2025',
			explanation: {
				hu: '2025-ben háromszor járt ott: március 21-én, június 4-én és június 17-én. 2023-ban és 2024-ben egyszer-egyszer.',
				en: 'In 2025 he went three times: on 21 March, 4 June and 17 June. In 2023 and 2024 he went once each.'
			},
			evidence: inText('after-visits')
		},
		{
			id: 'data-casualties',
			type: 'table',
			difficulty: 3,
			prompt: {
				hu: 'Miért térnek el ennyire egymástól a táblázat számai?',
				en: 'Why are the figures in the table so different?'
			},
			table: casualtiesTable,
			options: [
				opt(
					'estimates',
					'Más-más becslőtől és időpontból származnak.',
					'They come from different estimators at different times.'
				),
				opt('typos', 'Kettő közülük egyszerű elírás.', 'Two of them are simple typing errors.'),
				opt(
					'official',
					'A legkisebb szám az észak-koreai hivatalos adat.',
					'The smallest is North Korea’s official figure.'
				),
				opt(
					'wars',
					'Különböző háborúk veszteségeit összesítik.',
					'They add up the losses of different wars.'
				)
			],
			key: 'estimates',
			explanation: {
				hu: 'A veszteségekről csak becslések vannak: az ukrán elnöké, amerikai tisztviselőké és a dél-koreai hírszerzésé, mindegyik a maga módszerével; Oroszország és Észak-Korea nem közölt számot. Ezért érdemes mindig megnézni, ki és mikor becsült.',
				en: 'There are only estimates of the losses: by Ukraine\u2019s president, by US officials and by South Korea\u2019s intelligence service, each made in its own way; Russia and North Korea have published no figures. That is why it always matters who made an estimate, and when.'
			},
			evidence: inChart('chart-casualties')
		},
		{
			id: 'data-containers-september',
			type: 'numeric',
			difficulty: 2,
			prompt: {
				hu: 'A dél-koreai védelmi minisztérium szerint 2024 szeptemberéig nagyjából hány konténer ment Észak-Koreából Oroszországba?',
				en: 'According to South Korea’s defence ministry, about how many containers had gone from North Korea to Russia by September 2024?'
			},
			unit: { hu: 'konténer', en: 'containers' },
			key: { value: 20000, tolerance: 500 },
			explanation: explain(
				'[[e:se-cont-rok-2024-09|Kb. 20 000 konténer]]; teljesen megrakva ezek [[e:se-shells-rok-2024-09|legfeljebb 9,4 millió]] 152 mm-es lövedéket tarthattak. Ez dél-koreai becslés.',
				'[[e:se-cont-rok-2024-09|About 20,000 containers]], which fully loaded could hold [[e:se-shells-rok-2024-09|up to 9.4 million]] 152 mm shells. This is a South Korean estimate.'
			),
			evidence: inText('flows-known-estimated')
		},
		{
			id: 'data-watling',
			type: 'numeric',
			difficulty: 2,
			prompt: {
				hu: 'Jack Watling, a brit RUSI kutatóintézet szakértője, 2023 szeptemberében úgy becsülte, hogy Oroszország abban az évben több mint ___ millió tüzérségi lövedéket fog kilőni. Mi a hiányzó szám?',
				en: 'In September 2023 Jack Watling of the British research institute RUSI estimated that Russia would fire more than ___ million artillery rounds that year. What is the missing number?'
			},
			unit: { hu: 'millió', en: 'million' },
			key: { value: 7, tolerance: 0 },
			explanation: explain(
				'[[e:bg-russian-ammo-demand|Több mint 7 milliót]], miközben csak [[e:bg-russian-ammo-demand|kb. 2,5 milliót]] tud legyártani. Ez a hiány magyarázza, miért fontos Moszkvának Észak-Korea.',
				'[[e:bg-russian-ammo-demand|More than 7 million]], while producing only [[e:bg-russian-ammo-demand|about 2.5 million]]. That gap explains why North Korea matters to Moscow.'
			),
			evidence: inText('flows-shells')
		},
		{
			id: 'data-counted',
			type: 'truefalse',
			difficulty: 2,
			prompt: {
				hu: 'Igaz vagy hamis? A „9,4 millió lövedék” azt jelenti, hogy ennyi lövedéket megszámoltak, amikor Oroszországba érkezett.',
				en: 'True or false? The figure of 9.4 million shells means that this many shells were counted as they arrived in Russia.'
			},
			key: false,
			explanation: explain(
				'Hamis. Ez dél-koreai becslés arról, hogy a [[e:se-cont-rok-2024-09|kb. 20 000 konténer]] teljesen megrakva legfeljebb hány 152 mm-es lövedéket tarthatott. Senki sem számolta meg a lövedékeket.',
				'False. It is a South Korean estimate of how many 152 mm shells the [[e:se-cont-rok-2024-09|about 20,000 containers]] could hold if fully loaded. Nobody counted the shells.'
			),
			evidence: inText('flows-known-estimated')
		},
		{
			id: 'data-missiles',
			type: 'numeric',
			difficulty: 2,
			prompt: {
				hu: 'Az amerikai külügyminisztérium egyik tisztviselője 2024. szeptember 4-én azt mondta, hogy Oroszország több mint ___ észak-koreai rakétát lőtt ki Ukrajnára. Mi a hiányzó szám?',
				en: 'On 4 September 2024 a US State Department official said that Russia had fired more than ___ North Korean missiles into Ukraine. What is the missing number?'
			},
			unit: { hu: 'rakéta', en: 'missiles' },
			key: { value: 65, tolerance: 0 },
			explanation: explain(
				'[[e:se-missiles-2024-09-04|Több mint 65-ről]]. Az ukrán katonai hírszerzés 2024 decemberében [[e:se-missiles-2024-12-02|legalább 60]] felhasznált és [[e:se-missiles-2024-12-02|kb. 100]] leszállított rakétáról beszélt: a források különbözőképpen számolnak.',
				'[[e:se-missiles-2024-09-04|More than 65]]. In December 2024 Ukraine’s military intelligence spoke of [[e:se-missiles-2024-12-02|at least 60]] used and [[e:se-missiles-2024-12-02|about 100]] delivered: the sources count in different ways.'
			),
			evidence: inText('flows-missiles')
		},
		{
			id: 'data-budanov',
			type: 'single',
			difficulty: 2,
			prompt: {
				hu: 'Ki becsülte 2025 júliusában úgy, hogy az Oroszország által felhasznált lőszer akár 40 százaléka Észak-Koreából származik?',
				en: 'Who estimated in July 2025 that up to 40 per cent of the ammunition Russia uses comes from North Korea?'
			},
			options: [
				opt(
					'budanov',
					'Kirilo Budanov, az ukrán katonai hírszerzés vezetője',
					'Kyrylo Budanov, Ukraine’s military intelligence chief'
				),
				opt('nis', 'a dél-koreai hírszerzés (NIS)', 'South Korea’s intelligence service (NIS)'),
				opt(
					'pentagon',
					'a Pentagon, az amerikai védelmi minisztérium',
					'the Pentagon, the US defence ministry'
				),
				opt('kremlin', 'a Kreml, az orosz elnöki hivatal', 'the Kremlin, the Russian presidency')
			],
			key: 'budanov',
			explanation: {
				hu: 'Kirilo Budanov, az ukrán katonai hírszerzés vezetője, a Bloombergnek adott interjúban mondta ezt. Budanov egy háborús fél hírszerzésének vezetője, és a számot független forrás nem erősítette meg, ezért óvatosan kell kezelni.',
				en: 'Kyrylo Budanov, head of Ukraine’s military intelligence, said so in an interview with Bloomberg. Budanov heads the intelligence service of a party to the war, and the figure has not been independently confirmed, so treat it with caution.'
			},
			evidence: inText('why-ukraine')
		}
	]
};
