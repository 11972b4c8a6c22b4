import type { Text } from './types';

/** What students should know and be able to do after the lesson, by kind of objective. */
export const objectives: Record<'knowledge' | 'skills' | 'language', Text[]> = {
	knowledge: [
		{
			hu: 'Meg tudják nevezni a főszereplőket (Szergej Sojgu, Kim Dzsong-un, Vlagyimir Putyin) és a tisztségüket, és tudják, hogy Sojgu 2024 májusában hadügyminiszterből a Biztonsági Tanács titkára lett.',
			en: 'Name the main actors (Sergei Shoigu, Kim Jong Un, Vladimir Putin) and their posts, and know that Shoigu moved from defence minister to secretary of the Security Council in May 2024.'
		},
		{
			hu: 'Időrendbe tudják állítani a 2022 és 2025 közötti fő eseményeket: Sojgu 2023-as phenjani útja, a vosztocsniji csúcstalálkozó, Putyin 2024. júniusi látogatása és a szerződés, a cikkben leírt 2024. szeptemberi találkozó, az észak-koreai katonák a Kurszki területen.',
			en: 'Put the main events of 2022–2025 in order: Shoigu’s 2023 trip to Pyongyang, the Vostochny summit, Putin’s visit and the treaty of June 2024, the September 2024 meeting in the article, North Korean troops in the Kursk region.'
		},
		{
			hu: 'El tudják mondani, mit ígér a 2024-es szerződés 4. cikke, és miben hasonlít az 1961-es, azóta megszűnt szovjet–észak-koreai szerződésre.',
			en: 'Explain what Article 4 of the 2024 treaty promises and how it echoes the 1961 Soviet–North Korean treaty, which is no longer in force.'
		}
	],
	skills: [
		{
			hu: 'Kritikusan olvasnak egy hírt: szétválasztják, mit állít a cikk saját maga, mit tulajdonít másoknak (a Bloombergnek, az Egyesült Államoknak és partnereinek), és mi marad ki belőle.',
			en: 'Read a news report critically: separate what the article states itself, what it attributes to others (Bloomberg, the United States and its partners) and what it leaves out.'
		},
		{
			hu: 'Megkülönböztetik a megszámolt tényt a becsléstől, és minden számnál megkérdezik: ki becsülte, mikor és miből?',
			en: 'Tell a counted fact from an estimate, and ask of every number: who estimated it, when, and from what?'
		},
		{
			hu: 'Bizonytalanságot hordozó grafikont olvasnak: halmozott becslések, „több mint” típusú adatok, sávok, egymástól eltérő források.',
			en: 'Read a chart that carries uncertainty: cumulative estimates, “more than” figures, ranges and sources that disagree.'
		}
	],
	language: [
		{
			hu: 'Mindkét nyelven használják a téma kulcsszavait (Biztonsági Tanács, tüzérségi lőszer, ballisztikus rakéta, kölcsönös védelmi egyezmény, becslés).',
			en: 'Use the key words of the topic in both languages (security council, artillery ammunition, ballistic missile, mutual defence treaty, estimate).'
		},
		{
			hu: 'A neveket és a dátumokat az adott nyelv szokása szerint írják: Szergej Sojgu – Sergei Shoigu, Phenjan – Pyongyang, 2024. szeptember 13. – 13 September 2024.',
			en: 'Write names and dates the way each language does: Szergej Sojgu – Sergei Shoigu, Phenjan – Pyongyang, 2024. szeptember 13. – 13 September 2024.'
		}
	]
};

/** School subjects the lesson suits, each with how it fits. */
export const subjects: { name: Text; fit: Text }[] = [
	{
		name: { hu: 'Történelem', en: 'History' },
		fit: {
			hu: 'a hidegháborús szövetségek (1961) és a mai kapcsolatok összevetése',
			en: 'Cold War alliances (1961) compared with today’s ties'
		}
	},
	{
		name: { hu: 'Állampolgári ismeretek, társadalomismeret', en: 'Civics and citizenship' },
		fit: {
			hu: 'nemzetközi szerződések, ENSZ-szankciók, a vétójog',
			en: 'international treaties, UN sanctions and the veto'
		}
	},
	{
		name: { hu: 'Földrajz', en: 'Geography' },
		fit: {
			hu: 'a Koreai-félsziget, az orosz Távol-Kelet, a szállítási útvonalak',
			en: 'the Korean peninsula, the Russian Far East and the supply routes'
		}
	},
	{
		name: { hu: 'Médiaismeret', en: 'Media literacy' },
		fit: {
			hu: 'forráskritika, becslések és hírszerzési adatok a hírekben',
			en: 'source criticism, estimates and intelligence claims in the news'
		}
	},
	{
		name: {
			hu: 'Angol mint idegen nyelv, magyar mint idegen nyelv',
			en: 'English or Hungarian as a foreign language'
		},
		fit: {
			hu: 'párhuzamos olvasás, szókincs, névalakok, dátumírás',
			en: 'parallel reading, vocabulary, name forms and writing dates'
		}
	}
];

export const ages: Text = {
	hu: '14–18 évesek (9–12. évfolyam). Előzetes tudás nem kell, elég annyi, hogy Oroszország 2022 februárjában teljes körű háborút indított Ukrajna ellen.',
	en: 'Ages 14–18 (years 9–12 of Hungarian secondary school). No prior knowledge is needed beyond the fact that Russia launched a full-scale war against Ukraine in February 2022.'
};

/** What the teacher does before the lesson. */
export const preparation: Text[] = [
	{
		hu: 'Nyomtassa ki a feladatlapot (fejenként egyet) és magának a megoldókulcsot; nyelvórára a szószedetet is.',
		en: 'Print the worksheet (one per student) and the answer key for yourself; for a language class, the vocabulary sheet too.'
	},
	{
		hu: 'Nézze meg előre a Magyarázat oldalt és az idővonalat a kivetítőn: a grafikonok nagyításban is olvashatók.',
		en: 'Open the explainer and the timeline on the projector beforehand: the charts stay legible when enlarged.'
	},
	{
		hu: 'Ha a diákok saját telefonon töltik ki a kvízt, a „Tanároknak” oldalon osztálykódot kérhet; így az eredményeket is látja.',
		en: 'If students take the quiz on their own phones, you can get a class code on the “For teachers” page and see the results.'
	}
];
