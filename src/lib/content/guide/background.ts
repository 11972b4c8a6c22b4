import type { FactId } from './types';
import type { GuideLink, Text } from './types';

export interface SummaryItem {
	/** ISO date, month or year of the event; shown through the date formatter. */
	date: string;
	/** End of a multi-day event, if any. */
	until?: string;
	text: Text;
	facts: FactId[];
}

/** The teacher's one-page summary: what happened, in order, each line with its sources. */
export const summary: SummaryItem[] = [
	{
		date: '1961-07-06',
		text: {
			hu: 'Moszkvában aláírják a szovjet–észak-koreai barátsági és kölcsönös segítségnyújtási szerződést (Hruscsov és Kim Ir Szen). 1. cikke azonnali katonai segítséget ígér támadás esetén. A Szovjetunió felbomlása után megszűnt (1995–96).',
			en: 'The Soviet–North Korean treaty of friendship and mutual assistance is signed in Moscow (Khrushchev and Kim Il Sung). Its Article 1 promises immediate military aid in case of attack. It lapsed after the Soviet Union collapsed (1995–96).'
		},
		facts: ['bg-1961-treaty']
	},
	{
		date: '2000-07-19',
		until: '2000-07-20',
		text: {
			hu: 'Putyin első phenjani látogatása, Kim Dzsong-il (Kim Dzsong-un apja) idején; ez volt az első szovjet vagy orosz vezetői látogatás Észak-Koreában.',
			en: 'Putin’s first visit to Pyongyang, to Kim Jong Il (Kim Jong Un’s father): the first visit ever by a Soviet or Russian leader to North Korea.'
		},
		facts: ['bg-putin-2000-visit']
	},
	{
		date: '2022-02-24',
		text: {
			hu: 'Oroszország teljes körű inváziót indít Ukrajna ellen.',
			en: 'Russia launches its full-scale invasion of Ukraine.'
		},
		facts: ['ev-2022-02-24-invasion']
	},
	{
		date: '2022-11-02',
		text: {
			hu: 'A Fehér Ház szerint Észak-Korea titokban „jelentős mennyiségű” tüzérségi lőszert szállít Oroszországnak (amerikai hírszerzési állítás).',
			en: 'The White House says North Korea is covertly supplying a “significant number” of artillery shells to Russia (a US intelligence claim).'
		},
		facts: ['ev-2022-11-02-covert-shells']
	},
	{
		date: '2023-07-25',
		until: '2023-07-27',
		text: {
			hu: 'Sojgu, akkor még hadügyminiszter, Phenjanban jár a koreai fegyverszünet 70. évfordulóján; Kim fegyverkiállítást mutat neki.',
			en: 'Shoigu, then defence minister, is in Pyongyang for the 70th anniversary of the Korean War armistice; Kim shows him a weapons exhibition.'
		},
		facts: ['ev-2023-07-25-shoigu-pyongyang']
	},
	{
		date: '2023-09-13',
		text: {
			hu: 'Putyin és Kim csúcstalálkozója a vosztocsniji űrrepülőtéren; három nappal később Kim Sojguval találkozik Vlagyivosztok közelében.',
			en: 'Putin–Kim summit at the Vostochny Cosmodrome; three days later Kim meets Shoigu near Vladivostok.'
		},
		facts: ['ev-2023-09-13-vostochny-summit', 'ev-2023-09-16-kim-meets-shoigu']
	},
	{
		date: '2023-10-13',
		text: {
			hu: 'A Fehér Ház szerint Észak-Korea több mint 1000 konténernyi katonai felszerelést és lőszert szállított Oroszországba.',
			en: 'The White House says North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.'
		},
		facts: ['ev-2023-10-13-1000-containers']
	},
	{
		date: '2024-03-28',
		text: {
			hu: 'Oroszország megvétózza a szankciókat ellenőrző ENSZ-szakértői testület megbízatásának meghosszabbítását; a szankciók érvényben maradnak.',
			en: 'Russia vetoes the renewal of the mandate of the UN panel of experts that monitored the sanctions; the sanctions themselves stay in force.'
		},
		facts: ['ev-2024-03-28-poe-veto']
	},
	{
		date: '2024-05-12',
		text: {
			hu: 'Putyin Sojgut nevezi ki a Biztonsági Tanács titkárává; az új hadügyminiszter Andrej Belouszov.',
			en: 'Putin appoints Shoigu secretary of the Security Council; Andrei Belousov becomes defence minister.'
		},
		facts: ['ev-2024-05-12-shoigu-security-council']
	},
	{
		date: '2024-06-19',
		text: {
			hu: 'Putyin 24 év után először jár Phenjanban; aláírják az átfogó stratégiai partnerségi szerződést, amelynek 4. cikke kölcsönös katonai segítséget ígér.',
			en: 'Putin visits Pyongyang for the first time in 24 years; the two sign the Treaty on Comprehensive Strategic Partnership, whose Article 4 promises mutual military assistance.'
		},
		facts: ['ev-2024-06-18-putin-pyongyang', 'ev-2024-06-19-treaty-signed', 'bg-1961-vs-2024']
	},
	{
		date: '2024-07-18',
		text: {
			hu: 'Kim fogadja az Alekszej Krivorucsko hadügyminiszter-helyettes vezette orosz katonai küldöttséget.',
			en: 'Kim receives a Russian military delegation led by Deputy Defence Minister Alexei Krivoruchko.'
		},
		facts: ['ev-2024-07-18-military-delegation']
	},
	{
		date: '2024-09-13',
		text: {
			hu: 'A cikk eseménye: Sojgu, immár a Biztonsági Tanács titkáraként, Phenjanban tárgyal Kimmel – második útja 14 hónapon belül.',
			en: 'The article’s event: Shoigu, now secretary of the Security Council, holds talks with Kim in Pyongyang – his second trip in 14 months.'
		},
		facts: ['ev-2024-09-13-shoigu-pyongyang']
	},
	{
		date: '2024-09',
		text: {
			hu: 'A dél-koreai védelmi minisztérium becslése: kb. 20 000 konténer, amelybe teljesen megrakva legfeljebb 9,4 millió 152 mm-es lövedék férne.',
			en: 'South Korea’s defence ministry estimates about 20,000 containers, or up to 9.4 million 152 mm shells if fully loaded.'
		},
		facts: ['se-shells-rok-2024-09']
	},
	{
		date: '2024-10-18',
		text: {
			hu: 'A dél-koreai hírszerzés (NIS) szerint Észak-Korea katonákat kezdett küldeni Oroszországba.',
			en: 'South Korea’s intelligence service (NIS) says North Korea has begun sending troops to Russia.'
		},
		facts: ['ev-2024-10-18-troops-revealed']
	},
	{
		date: '2024-12-04',
		text: {
			hu: 'A szerződés hatályba lép; a 2000-es barátsági szerződés ezzel megszűnik.',
			en: 'The treaty enters into force; the 2000 friendship treaty lapses on the same day.'
		},
		facts: ['ev-2024-12-04-treaty-in-force', 'bg-2000-treaty']
	},
	{
		date: '2025-03-21',
		until: '2025-06-17',
		text: {
			hu: 'Sojgu 2025-ben még háromszor jár Phenjanban (március 21., június 4., június 17.).',
			en: 'Shoigu goes to Pyongyang three more times in 2025 (21 March, 4 June, 17 June).'
		},
		facts: [
			'ev-2025-03-21-shoigu-pyongyang',
			'ev-2025-06-04-shoigu-pyongyang',
			'ev-2025-06-17-shoigu-pyongyang'
		]
	},
	{
		date: '2025-04-26',
		until: '2025-04-28',
		text: {
			hu: 'Oroszország, majd Észak-Korea is elismeri, hogy észak-koreai katonák harcoltak a Kurszki területen.',
			en: 'Russia and then North Korea acknowledge that North Korean troops fought in the Kursk region.'
		},
		facts: ['ev-2025-04-26-russia-admits', 'ev-2025-04-28-dprk-admits']
	}
];

export interface Misconception {
	/** What students tend to think. */
	belief: Text;
	/** What the sources say instead. */
	correction: Text;
	/** How the quizzes (and the page they link to) bring it up. */
	inQuizzes: Text;
	links: GuideLink[];
	facts: FactId[];
}

export const misconceptions: Misconception[] = [
	{
		belief: {
			hu: '„Észak-Korea 9,4 millió lövedéket küldött Oroszországnak.” – mintha valaki megszámolta volna.',
			en: '“North Korea sent 9.4 million shells to Russia” – as if someone had counted them.'
		},
		correction: {
			hu: 'Ez a dél-koreai védelmi minisztérium becslése: a műholdfelvételek és hírszerzési adatok alapján követett kb. 20 000 konténerbe ennyi 152 mm-es lövedék férne, ha mind tele lett volna vele. Az ukrán katonai hírszerzés 2024 februárjában 1,5 millióra tette a számot, Szöul ugyanekkor 3 millióra – más módszer, más szám.',
			en: 'It is an estimate by South Korea’s defence ministry: about 20,000 containers, tracked by satellite and intelligence, could hold that many 152 mm shells if all were full of them. In February 2024 Ukraine’s military intelligence said 1.5 million while Seoul said 3 million – a different method gives a different number.'
		},
		inQuizzes: {
			hu: 'Az adatokról szóló kvíz megkérdezi, mit mérnek valójában a lövedékszámok; a helyes válasz: „hány lövedék férhetett a konténerekbe”, a magyarázat pedig a lövedékgrafikonra visz. Több kérdése arra is rákérdez, ki és mikor becsült. Ha valaki mégis tényként kezeli a számot, kérdezze meg: „Mit számoltak meg valójában?”',
			en: 'The data quiz asks what the shell figures actually measure; the right answer is “how many shells the containers could have held”, and the explanation links to the shells chart. Several of its questions also ask who made an estimate, and when. If a student still treats the number as a count, ask: “What was actually counted?”'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'data' },
				label: { hu: 'Kvíz: adatok', en: 'Quiz: the data' }
			},
			{
				target: { kind: 'chart', anchor: 'chart-shells' },
				label: { hu: 'Grafikon: lövedékek', en: 'Chart: shells' }
			}
		],
		facts: ['se-shells-rok-2024-09', 'se-shells-ua-2024-02-23', 'bg-152mm']
	},
	{
		belief: {
			hu: '„A 2024-es szerződés csak megújította az 1961-es szövetséget.” Vagy fordítva: „az 1961-es szerződés ma is érvényes”.',
			en: '“The 2024 treaty just renewed the 1961 alliance.” Or the other way round: “the 1961 treaty is still in force”.'
		},
		correction: {
			hu: 'Az 1961-es szovjet–észak-koreai szerződés 1995–96-ban megszűnt. A 2024-es szerződés új szerződés: 4. cikke szinte szó szerint átveszi az 1961-es 1. cikket, de hivatkozik az ENSZ Alapokmány 51. cikkére és a két ország törvényeire. 2024. december 4-én lépett hatályba.',
			en: 'The 1961 Soviet–North Korean treaty lapsed in 1995–96. The 2024 treaty is a new one: its Article 4 copies Article 1 of 1961 almost word for word, but adds references to Article 51 of the UN Charter and to both countries’ laws. It entered into force on 4 December 2024.'
		},
		inQuizzes: {
			hu: 'Az „Idővonal és háttér” kvíz igaz-hamis kérdésben rákérdez, hogy a 4. cikk megismétli-e az 1961-es szerződés 1. cikkét, egy másik feladatban pedig időrendbe kell tenni, hogyan lett az aláírt szerződésből kötelező érvényű (aláírás, ratifikálás, hatálybalépés). Ha valaki összekeveri a kettőt, nyissák meg együtt a régi szerződésekről szóló bekezdést.',
			en: 'The “Timeline and context” quiz asks, as a true-or-false question, whether Article 4 repeats Article 1 of the 1961 treaty, and has students put in order how the signed treaty became binding (signing, ratification, entry into force). If students mix the two treaties up, open the paragraph on the old treaties together.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'context' },
				label: { hu: 'Kvíz: idővonal és háttér', en: 'Quiz: timeline and context' }
			},
			{
				target: { kind: 'explainer', anchor: 'treaty-old-treaties' },
				label: { hu: 'A régi szerződések', en: 'The old treaties' }
			}
		],
		facts: ['bg-1961-treaty', 'bg-1961-vs-2024', 'ev-2024-12-04-treaty-in-force']
	},
	{
		belief: {
			hu: '„Ez volt az első látogatás 24 év után” – mintha Sojgu látogatásáról volna szó, vagy mintha 24 évig semmilyen kapcsolat sem lett volna.',
			en: '“The first visit in 24 years” – meaning Shoigu’s, or that there had been no contact for 24 years.'
		},
		correction: {
			hu: 'A „24 év után először” Putyin 2024. júniusi phenjani útjára vonatkozik (előtte 2000 júliusában járt ott). Közben is voltak találkozók: Kim 2019-ben és 2023-ban Oroszországban járt, Sojgu 2023 júliusában Phenjanban.',
			en: '“First in 24 years” refers to Putin’s trip to Pyongyang in June 2024 (his previous one was in July 2000). There were meetings in between: Kim went to Russia in 2019 and 2023, and Shoigu to Pyongyang in July 2023.'
		},
		inQuizzes: {
			hu: 'A cikkről szóló kvíz igaz-hamis kérdése Putyin látogatására vonatkozik, az „Idővonal és háttér” kvíz pedig azt kérdezi, hány év telt el Putyin két phenjani útja között. Ha a „24 év” összezavarja az osztályt, nyissák meg a Putyin látogatásáról szóló bekezdést.',
			en: 'The quiz on the article has a true-or-false question on Putin’s visit, and the “Timeline and context” quiz asks how many years passed between Putin’s two trips to Pyongyang. If “24 years” confuses the class, open the paragraph on Putin’s visit.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'article' },
				label: { hu: 'Kvíz: a cikk', en: 'Quiz: the article' }
			},
			{
				target: { kind: 'explainer', anchor: 'meetings-putin' },
				label: { hu: 'Putyin látogatása', en: 'Putin’s visit' }
			}
		],
		facts: ['ev-2024-06-18-putin-pyongyang', 'bg-putin-2000-visit', 'bg-2019-first-summit']
	},
	{
		belief: {
			hu: '„Sojgu hadügyminiszterként tárgyalt Phenjanban 2024 szeptemberében.”',
			en: '“Shoigu went to Pyongyang as defence minister in September 2024.”'
		},
		correction: {
			hu: 'Sojgu 2012-től 2024 májusáig volt hadügyminiszter; 2024. május 12. óta a Biztonsági Tanács titkára. 2023-ban még hadügyminiszterként, 2024-ben már titkárként utazott. 2024 novemberében már az új hadügyminiszter, Andrej Belouszov járt Phenjanban.',
			en: 'Shoigu was defence minister from 2012 to May 2024 and has been secretary of the Security Council since 12 May 2024. He travelled as defence minister in 2023 and as secretary in 2024. The defence minister who went to Pyongyang in November 2024 was Andrei Belousov.'
		},
		inQuizzes: {
			hu: 'A cikkről szóló kvíz rákérdez, milyen tisztséget töltött be Sojgu 2024 szeptemberében, és mikor, milyen minőségben járt először Phenjanban. A szavakról és nevekről szóló kvíz a „hadügyminiszter – defence minister” párt is gyakoroltatja.',
			en: 'The quiz on the article asks what post Shoigu held in September 2024, and when and in what role he first went to Pyongyang. The words and names quiz also practises the pair “hadügyminiszter – defence minister”.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'article' },
				label: { hu: 'Kvíz: a cikk', en: 'Quiz: the article' }
			},
			{
				target: { kind: 'quiz', quiz: 'words' },
				label: { hu: 'Kvíz: szavak és nevek', en: 'Quiz: words and names' }
			},
			{
				target: { kind: 'explainer', anchor: 'meeting-who' },
				label: { hu: 'Ki kivel találkozott?', en: 'Who met whom?' }
			}
		],
		facts: [
			'bg-shoigu-roles',
			'ev-2024-05-12-shoigu-security-council',
			'ev-2024-11-29-belousov-pyongyang'
		]
	},
	{
		belief: {
			hu: '„A szállítások Sojgu 2023-as látogatásával kezdődtek.”',
			en: '“The shipments started with Shoigu’s 2023 visit.”'
		},
		correction: {
			hu: 'A nagy konténerforgalom valóban 2023 szeptemberében indult, de az Egyesült Államok már 2022 végén kisebb szállításokkal vádolta Észak-Koreát (lövedékek, valamint rakéták a Wagner-csoportnak). A cikk állítása tehát leegyszerűsítés.',
			en: 'The large container flow did start in September 2023, but the US had already alleged smaller deliveries in late 2022 (shells, and rockets and missiles for the Wagner Group). The article’s claim is a simplification.'
		},
		inQuizzes: {
			hu: 'Erre nincs külön kvízkérdés. Amikor a cikkről szóló kvíz kereskedelemről szóló kérdését megbeszélik (az USA és partnerei állítása), mutassa meg az idővonalon a 2022-es amerikai állításokat is.',
			en: 'No quiz question covers this directly. When you go over the article quiz’s question on what the trade included (a claim by the US and its partners), show the US claims of 2022 on the timeline as well.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'article' },
				label: { hu: 'Kvíz: a cikk', en: 'Quiz: the article' }
			},
			{
				target: { kind: 'explainer', anchor: 'first-visit-shipments' },
				label: { hu: 'A szállítmányok kezdete', en: 'When shipments began' }
			}
		],
		facts: [
			'bg-shipments-timing',
			'ev-2022-11-02-covert-shells',
			'ev-2022-12-22-wagner-delivery',
			'ev-2023-10-13-1000-containers'
		]
	}
];

/** Support for weaker readers and extension tasks for the quick ones. */
export const differentiation: Record<
	'support' | 'extension',
	{ text: Text; link?: GuideLink; facts?: FactId[] }[]
> = {
	support: [
		{
			text: {
				hu: 'Szójegyzék: a nehezebb szavak a szövegben is megnyithatók, a szójegyzék oldalon pedig egyben átnézhetők. Adja ki előre a szószedetet.',
				en: 'Glossary: the harder words can be opened in the text itself, and the glossary page lists them all. Hand out the vocabulary sheet in advance.'
			},
			link: {
				target: { kind: 'page', page: 'glossary' },
				label: { hu: 'Szójegyzék', en: 'Glossary' }
			}
		},
		{
			text: {
				hu: 'Felolvasás: a Magyarázat oldal bekezdéseit a böngésző fel tudja olvasni (ahol van hozzá hang). Fejhallgatóval önállóan is használható.',
				en: 'Read-aloud: the browser can read the explainer’s paragraphs aloud (where a voice is installed). With headphones, students can use it on their own.'
			},
			link: {
				target: { kind: 'page', page: 'explainer' },
				label: { hu: 'Magyarázat', en: 'Explainer' }
			}
		},
		{
			text: {
				hu: 'A másik nyelv: akinek könnyebb angolul (vagy magyarul), a párhuzamos nézetben a két nyelvet egymás mellett látja.',
				en: 'The other language: a student who reads Hungarian (or English) more easily sees both languages side by side in the parallel view.'
			},
			link: {
				target: { kind: 'parallel' },
				label: { hu: 'Párhuzamos olvasás', en: 'Side-by-side reading' }
			}
		},
		{
			text: {
				hu: 'Kevesebb, de végig: a gyengébb olvasók a feladatlapon csak az 1. és 2. feladatot oldják meg, a kvízt gyakorló módban, párban töltik ki.',
				en: 'Less, but all the way through: weaker readers do only tasks 1 and 2 of the worksheet and take the quiz in practice mode, in pairs.'
			}
		}
	],
	extension: [
		{
			text: {
				hu: 'Számolás: ha 20 000 konténer 9,4 millió lövedéket jelent, hány lövedékkel számol a minisztérium konténerenként? És 2024 februárjában (6700 konténer, 3 millió)? Mit árul el ez a becslés módszeréről?',
				en: 'Arithmetic: if 20,000 containers mean 9.4 million shells, how many shells per container does the ministry assume? And in February 2024 (6,700 containers, 3 million)? What does that reveal about the method?'
			},
			facts: ['se-shells-rok-2024-09', 'se-shells-rok-2024-02-26'],
			link: {
				target: { kind: 'chart', anchor: 'chart-containers' },
				label: { hu: 'Grafikon: konténerek', en: 'Chart: containers' }
			}
		},
		{
			text: {
				hu: 'Szövegösszevetés: vessék össze az 1961-es szerződés 1. cikkét a 2024-es 4. cikkével. Mi az az egy-két kiegészítés, ami új, és miért kerülhetett bele?',
				en: 'Comparing texts: set Article 1 of the 1961 treaty beside Article 4 of 2024. What are the one or two additions, and why might they have been added?'
			},
			link: {
				target: { kind: 'explainer', anchor: 'treaty-old-treaties' },
				label: { hu: 'A régi szerződések', en: 'The old treaties' }
			}
		},
		{
			text: {
				hu: 'Hírírás: írjanak 150 szavas frissített hírt a 2025-ös eseményekről, minden számnál megnevezve, ki mondta.',
				en: 'News writing: write a 150-word updated report on the events of 2025, naming who said each number.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'after-visits' },
				label: { hu: 'Újabb látogatások', en: 'Later visits' }
			}
		},
		{
			text: {
				hu: 'Kereskedelem: a hivatalos orosz–észak-koreai kereskedelem 2023-ban 34,4 millió dollár volt (orosz adat). Miért nem szerepel benne a fegyverkereskedelem, és mit mond ez a statisztikák határairól?',
				en: 'Trade: recorded Russia–North Korea trade in 2023 was $34.4 million (a Russian figure). Why is the arms trade not in it, and what does that say about the limits of statistics?'
			},
			facts: ['se-trade-2023'],
			link: {
				target: { kind: 'chart', anchor: 'chart-trade' },
				label: { hu: 'Grafikon: kereskedelem', en: 'Chart: trade' }
			}
		}
	]
};
