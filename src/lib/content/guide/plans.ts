import type { Plan, Step } from './types';

/** The ready-to-teach 45-minute lesson: the guide's main plan. */
const lesson45: Step[] = [
	{
		minutes: 5,
		phase: 'warm_up',
		title: {
			hu: 'Ráhangolódás: mit keres Sojgu Phenjanban?',
			en: 'Warm-up: why is Shoigu in Pyongyang?'
		},
		activity: {
			hu: 'Vetítse ki a Magyarázat oldal első szakaszát. Kérdezze meg: mit tudnak Észak-Koreáról, és miért utazna az orosz Biztonsági Tanács titkára Phenjanba 2024 szeptemberében? Írjon fel a táblára három tippet; az óra végén visszatérnek rájuk.',
			en: 'Project the first section of the explainer. Ask what the class knows about North Korea, and why the secretary of Russia’s Security Council would fly to Pyongyang in September 2024. Write three guesses on the board; you will come back to them at the end.'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'meeting' },
				label: { hu: 'A találkozó', en: 'The meeting' }
			}
		]
	},
	{
		minutes: 12,
		phase: 'reading',
		title: {
			hu: 'Olvasás párban: tény, állítás vagy becslés?',
			en: 'Reading in pairs: fact, claim or estimate?'
		},
		activity: {
			hu: 'A párok elolvassák a találkozóról és Sojgu első látogatásáról szóló szakaszt. Minden mondat mellé jelet tesznek: T (tény, amelyet több forrás megerősít), Á (valakinek az állítása – kié?), B (becslés – ki készítette?). Két pár összeveti a jelöléseit.',
			en: 'Pairs read the sections on the meeting and on Shoigu’s first visit. They mark each sentence F (a fact several sources confirm), C (someone’s claim – whose?) or E (an estimate – who made it?). Two pairs then compare their marks.'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'meeting' },
				label: { hu: 'A találkozó', en: 'The meeting' }
			},
			{
				target: { kind: 'explainer', anchor: 'first-visit' },
				label: { hu: 'Az első látogatás, 2023', en: 'The first visit, 2023' }
			}
		]
	},
	{
		minutes: 8,
		phase: 'charts',
		title: { hu: 'Grafikonolvasás: hány lövedék?', en: 'Reading the charts: how many shells?' },
		activity: {
			hu: 'Vetítse ki a lövedékekről szóló grafikont. Kérdések: Ki adta meg ezeket a számokat? Mit számoltak meg valójában: lövedéket vagy konténert? Miért nő a vonal mindig? Ezután a konténergrafikonon hasonlítsák össze az amerikai és a dél-koreai sort. A feladatlap 2. feladatát itt töltik ki.',
			en: 'Project the shells chart. Ask: Who gave these figures? What was actually counted, shells or containers? Why does the line only ever go up? Then compare the US and South Korean lines on the containers chart. Students fill in task 2 of the worksheet here.'
		},
		links: [
			{
				target: { kind: 'chart', anchor: 'chart-shells' },
				label: { hu: 'Grafikon: lövedékek', en: 'Chart: shells' }
			},
			{
				target: { kind: 'chart', anchor: 'chart-containers' },
				label: { hu: 'Grafikon: konténerek', en: 'Chart: containers' }
			},
			{
				target: { kind: 'explainer', anchor: 'flows-known-estimated' },
				label: { hu: 'Mit tudunk biztosan, mit becslünk?', en: 'What is known, what is estimated?' }
			}
		]
	},
	{
		minutes: 8,
		phase: 'discussion',
		title: { hu: 'Megbeszélés: ki mit mond, és miért?', en: 'Discussion: who says what, and why?' },
		activity: {
			hu: 'Válasszon két-három kérdést a 2. és a 3. szintről (lent). Kiscsoportok három percig beszélgetnek, majd csoportonként egy mondatot mondanak el az osztálynak. Terelje a beszélgetést a források felé: ki állítja, honnan tudhatja, mi az érdeke?',
			en: 'Choose two or three prompts from levels 2 and 3 (below). Small groups talk for three minutes, then each group gives the class one sentence. Steer the talk towards the sources: who says it, how could they know, what is their interest?'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'why-it-matters' },
				label: { hu: 'Miért fontos mindez?', en: 'Why does it matter?' }
			}
		]
	},
	{
		minutes: 8,
		phase: 'quiz',
		title: { hu: 'Kvíz a cikkről', en: 'Quiz on the article' },
		activity: {
			hu: 'A diákok gyakorló módban, telefonon vagy párban egy gépen kitöltik a cikkről szóló kvízt. Minden kérdés után látják a magyarázatot és a forrásra mutató hivatkozást. Járjon körbe, és jegyezze fel, melyik kérdésen akadnak el többen.',
			en: 'Students take the quiz on the article in practice mode, on their phones or in pairs at one computer. After each question they see the explanation and a link to the evidence. Walk round and note which question trips up several of them.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'article' },
				label: { hu: 'Kvíz: a cikk', en: 'Quiz: the article' }
			}
		]
	},
	{
		minutes: 4,
		phase: 'wrap_up',
		title: { hu: 'Összegzés és kilépőkártya', en: 'Wrap-up and exit ticket' },
		activity: {
			hu: 'Térjenek vissza az óra eleji tippekhez: melyik igazolódott? Kilépőkártya (a feladatlap utolsó kérdése): egy tény és egy becslés a mai óráról, a becslésnél azzal együtt, hogy ki készítette. Házi feladatnak feladhatja az idővonal kiegészítését.',
			en: 'Go back to the guesses from the start: which held up? Exit ticket (the last question on the worksheet): one fact and one estimate from today’s lesson, the estimate with who made it. Completing the timeline can be set as homework.'
		},
		links: [
			{ target: { kind: 'page', page: 'timeline' }, label: { hu: 'Idővonal', en: 'Timeline' } }
		]
	}
];

const short20: Step[] = [
	{
		minutes: 2,
		phase: 'warm_up',
		title: { hu: 'A kérdés felvetése', en: 'Setting the question' },
		activity: {
			hu: 'Olvassa fel a cikk első mondatát, és tegye fel a kérdést: miért fontos ez a találkozó Ukrajna szempontjából?',
			en: 'Read out the first sentence of the article and ask: why does this meeting matter for Ukraine?'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'meeting-who' },
				label: { hu: 'Ki kivel találkozott?', en: 'Who met whom?' }
			}
		]
	},
	{
		minutes: 7,
		phase: 'reading',
		title: { hu: 'Gyors olvasás', en: 'Quick read' },
		activity: {
			hu: 'Mindenki elolvassa a találkozóról és a szállítmányokról szóló szakaszokat. Közben aláhúznak egy számot, és mellé írják, ki adta meg.',
			en: 'Everyone reads the sections on the meeting and on the shipments, underlining one number and noting who gave it.'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'meeting' },
				label: { hu: 'A találkozó', en: 'The meeting' }
			},
			{
				target: { kind: 'explainer', anchor: 'flows' },
				label: { hu: 'Szállítmányok', en: 'What flows where' }
			}
		]
	},
	{
		minutes: 4,
		phase: 'charts',
		title: { hu: 'Egy grafikon', en: 'One chart' },
		activity: {
			hu: 'Vetítse ki a lövedékgrafikont, és közösen válaszoljanak: kinek a becslése ez, és mit számoltak meg valójában?',
			en: 'Project the shells chart and answer together: whose estimate is it, and what was actually counted?'
		},
		links: [
			{
				target: { kind: 'chart', anchor: 'chart-shells' },
				label: { hu: 'Grafikon: lövedékek', en: 'Chart: shells' }
			}
		]
	},
	{
		minutes: 5,
		phase: 'quiz',
		title: { hu: 'Kvíz', en: 'Quiz' },
		activity: {
			hu: 'A cikkről szóló kvíz gyakorló módban; ha kevés az idő, csak az első öt kérdés.',
			en: 'The quiz on the article in practice mode; if time is short, only the first five questions.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'article' },
				label: { hu: 'Kvíz: a cikk', en: 'Quiz: the article' }
			}
		]
	},
	{
		minutes: 2,
		phase: 'wrap_up',
		title: { hu: 'Kilépőkártya', en: 'Exit ticket' },
		activity: {
			hu: 'Egy mondat: mi a különbség aközött, hogy „9,4 millió lövedéket küldött” és „a dél-koreai minisztérium becslése szerint 9,4 millió lövedék férne a konténerekbe”?',
			en: 'One sentence: what is the difference between “sent 9.4 million shells” and “South Korea’s defence ministry estimated the containers could hold 9.4 million shells”?'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'flows-known-estimated' },
				label: { hu: 'Mit tudunk biztosan?', en: 'What is known for sure?' }
			}
		]
	}
];

const doubleFirst: Step[] = [
	{
		minutes: 5,
		phase: 'warm_up',
		title: { hu: 'Ráhangolódás', en: 'Warm-up' },
		activity: {
			hu: 'Mint a 45 perces órán: mit keres Sojgu Phenjanban? Három tipp a táblára.',
			en: 'As in the 45-minute lesson: why is Shoigu in Pyongyang? Three guesses on the board.'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'meeting' },
				label: { hu: 'A találkozó', en: 'The meeting' }
			}
		]
	},
	{
		minutes: 15,
		phase: 'reading',
		title: { hu: 'Olvasás szakértői csoportokban', en: 'Reading in expert groups' },
		activity: {
			hu: 'Három csoport, három szakasz: a találkozó, az első látogatás, a találkozók sorozata. Minden csoport jelöli a tényeket, állításokat és becsléseket, majd két percben bemutatja a szakaszát a többieknek.',
			en: 'Three groups, three sections: the meeting, the first visit, the series of meetings. Each group marks facts, claims and estimates, then presents its section to the others in two minutes.'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'meeting' },
				label: { hu: 'A találkozó', en: 'The meeting' }
			},
			{
				target: { kind: 'explainer', anchor: 'first-visit' },
				label: { hu: 'Az első látogatás', en: 'The first visit' }
			},
			{
				target: { kind: 'explainer', anchor: 'meetings' },
				label: { hu: 'Találkozók', en: 'The meetings' }
			}
		]
	},
	{
		minutes: 10,
		phase: 'charts',
		title: { hu: 'Idővonal és látogatások', en: 'Timeline and visits' },
		activity: {
			hu: 'A látogatásokat mutató grafikon alapján: mikor sűrűsödtek meg a találkozók? A diákok kitöltik a feladatlap 1. feladatát, az idővonalat.',
			en: 'From the chart of visits: when did the meetings become frequent? Students complete task 1 of the worksheet, the timeline.'
		},
		links: [
			{
				target: { kind: 'chart', anchor: 'chart-visits' },
				label: { hu: 'Grafikon: látogatások', en: 'Chart: visits' }
			},
			{ target: { kind: 'page', page: 'timeline' }, label: { hu: 'Idővonal', en: 'Timeline' } }
		]
	},
	{
		minutes: 10,
		phase: 'discussion',
		title: { hu: 'Két szerződés: 1961 és 2024', en: 'Two treaties: 1961 and 2024' },
		activity: {
			hu: 'Olvassák el a szerződésről szóló szakaszt. Vita: ha a 2024-es szerződés 4. cikke szinte szó szerint átveszi az 1961-es szöveget, akkor mi az új benne? Mi történt a kettő között?',
			en: 'Read the section on the treaty. Debate: if Article 4 of the 2024 treaty copies the 1961 wording almost word for word, what is new about it? What happened in between?'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'treaty-article4' },
				label: { hu: 'A 4. cikk', en: 'Article 4' }
			},
			{
				target: { kind: 'explainer', anchor: 'treaty-old-treaties' },
				label: { hu: 'A régi szerződések', en: 'The old treaties' }
			}
		]
	},
	{
		minutes: 5,
		phase: 'quiz',
		title: { hu: 'Rövid kvíz', en: 'Short quiz' },
		activity: {
			hu: 'A cikkről szóló kvíz első fele gyakorló módban; a többit otthon is befejezhetik.',
			en: 'The first half of the quiz on the article in practice mode; students can finish it at home.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'article' },
				label: { hu: 'Kvíz: a cikk', en: 'Quiz: the article' }
			}
		]
	}
];

const doubleSecond: Step[] = [
	{
		minutes: 5,
		phase: 'warm_up',
		title: { hu: 'Ismétlés a szójegyzékkel', en: 'Recap with the glossary' },
		activity: {
			hu: 'Öt fogalom a táblán (pl. Biztonsági Tanács, ratifikálás, becslés). A diákok párban elmagyarázzák egymásnak, a szójegyzékben ellenőrzik.',
			en: 'Five terms on the board (e.g. security council, ratification, estimate). Pairs explain them to each other and check in the glossary.'
		},
		links: [
			{ target: { kind: 'page', page: 'glossary' }, label: { hu: 'Szójegyzék', en: 'Glossary' } }
		]
	},
	{
		minutes: 12,
		phase: 'charts',
		title: {
			hu: 'Három grafikon, három bizonytalanság',
			en: 'Three charts, three kinds of uncertainty'
		},
		activity: {
			hu: 'Csoportonként egy grafikon: lövedékek, konténerek, katonák. Mindegyik csoport megválaszolja: ki a forrás, mit mértek, mekkora a bizonytalanság (sáv, „több mint”, egymásnak ellentmondó források)? Kitöltik a feladatlap 2. feladatát.',
			en: 'One chart per group: shells, containers, troops. Each group answers: what is the source, what was measured, how uncertain is it (a range, “more than”, sources that disagree)? They fill in task 2 of the worksheet.'
		},
		links: [
			{
				target: { kind: 'chart', anchor: 'chart-shells' },
				label: { hu: 'Grafikon: lövedékek', en: 'Chart: shells' }
			},
			{
				target: { kind: 'chart', anchor: 'chart-containers' },
				label: { hu: 'Grafikon: konténerek', en: 'Chart: containers' }
			},
			{
				target: { kind: 'chart', anchor: 'chart-troops' },
				label: { hu: 'Grafikon: katonák', en: 'Chart: troops' }
			}
		]
	},
	{
		minutes: 15,
		phase: 'discussion',
		title: { hu: 'Forráskritikai műhely', en: 'Source-criticism workshop' },
		activity: {
			hu: 'A 3. szint kérdései (lent) csoportokban. Minden csoport egy szereplő szemével nézi az adatokat: Szöul, Washington, Kijev, Moszkva, Phenjan. Mit mond, mit hallgat el, miért? Végül közösen: mire volna szükség, hogy magunk ellenőrizzük a számokat?',
			en: 'The level 3 prompts (below) in groups. Each group looks at the figures through one actor’s eyes: Seoul, Washington, Kyiv, Moscow, Pyongyang. What does it say, what does it leave out, and why? Finally, together: what would we need to check the numbers ourselves?'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'flows-shells' },
				label: { hu: 'Lövedékek', en: 'Shells' }
			},
			{
				target: { kind: 'explainer', anchor: 'flows-152mm' },
				label: { hu: 'A 152 mm-es kaliber', en: 'The 152 mm calibre' }
			},
			{
				target: { kind: 'explainer', anchor: 'why-sanctions' },
				label: { hu: 'Szankciók', en: 'Sanctions' }
			}
		]
	},
	{
		minutes: 5,
		phase: 'reading',
		title: { hu: 'Mi történt a cikk után?', en: 'What happened after the article?' },
		activity: {
			hu: 'Olvassák el a cikk utáni eseményekről szóló szakaszt: beigazolódtak-e a cikk „aggodalmai”?',
			en: 'Read the section on what happened after the article: did the “concerns” it mentions prove right?'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'after' },
				label: { hu: 'A cikk után', en: 'After the article' }
			}
		]
	},
	{
		minutes: 8,
		phase: 'quiz',
		title: { hu: 'Kvíz az adatokról', en: 'Quiz on the data' },
		activity: {
			hu: 'Az adatokról szóló kvíz teszt módban: a visszajelzést a végén kapják, így Ön képet kap arról, ki tudja már a becslést a ténytől elválasztani.',
			en: 'The data quiz in test mode: feedback comes at the end, so you see who can already tell an estimate from a fact.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'data' },
				label: { hu: 'Kvíz: adatok', en: 'Quiz: the data' }
			}
		]
	}
];

const language45: Step[] = [
	{
		minutes: 5,
		phase: 'warm_up',
		title: { hu: 'Szókincs előre', en: 'Vocabulary first' },
		activity: {
			hu: 'Osszon ki a szószedetből hat kifejezést. A diákok megtippelik a jelentésüket, majd a szójegyzékben ellenőrzik.',
			en: 'Hand out six terms from the vocabulary sheet. Students guess their meaning, then check in the glossary.'
		},
		links: [
			{ target: { kind: 'page', page: 'glossary' }, label: { hu: 'Szójegyzék', en: 'Glossary' } }
		]
	},
	{
		minutes: 15,
		phase: 'reading',
		title: { hu: 'Párhuzamos olvasás', en: 'Parallel reading' },
		activity: {
			hu: 'A Magyarázat oldal párhuzamos nézetében a diákok a tanult nyelven olvasnak, és csak akkor néznek át a másik oszlopba, ha elakadnak. Közben kigyűjtik a névalakokat (Szergej Sojgu – Sergei Shoigu, Kim Dzsong-un – Kim Jong Un, Phenjan – Pyongyang) és a dátumokat.',
			en: 'In the explainer’s side-by-side view, students read in the language they are learning and glance at the other column only when stuck. They collect the name forms (Szergej Sojgu – Sergei Shoigu, Kim Dzsong-un – Kim Jong Un, Phenjan – Pyongyang) and the dates.'
		},
		links: [
			{
				target: { kind: 'parallel' },
				label: { hu: 'Párhuzamos olvasás', en: 'Side-by-side reading' }
			}
		]
	},
	{
		minutes: 8,
		phase: 'charts',
		title: { hu: 'Számok és dátumok kimondva', en: 'Saying numbers and dates' },
		activity: {
			hu: 'A lövedékgrafikon alapján a diákok felolvassák a számokat és dátumokat a tanult nyelven (9,4 millió – 9.4 million; 2024 szeptembere – September 2024). Hívja fel a figyelmet a tizedesvesszőre és a tizedespontra.',
			en: 'Using the shells chart, students read the numbers and dates aloud in the language they are learning (9.4 million – 9,4 millió; September 2024 – 2024 szeptembere). Point out the decimal point versus the decimal comma.'
		},
		links: [
			{
				target: { kind: 'chart', anchor: 'chart-shells' },
				label: { hu: 'Grafikon: lövedékek', en: 'Chart: shells' }
			}
		]
	},
	{
		minutes: 7,
		phase: 'discussion',
		title: { hu: 'Újramesélés', en: 'Retelling' },
		activity: {
			hu: 'Párban, a tanult nyelven: az egyik diák újramondja a találkozó történetét legalább öt szószedetbeli kifejezéssel, a másik kérdez („Who says so?” / „Ki állítja?”). Aztán csere.',
			en: 'In pairs, in the language they are learning: one student retells the story of the meeting using at least five terms from the vocabulary sheet, the other asks questions (“Ki állítja?” / “Who says so?”). Then they swap.'
		},
		links: [
			{
				target: { kind: 'explainer', anchor: 'meeting-who' },
				label: { hu: 'Ki kivel találkozott?', en: 'Who met whom?' }
			}
		]
	},
	{
		minutes: 7,
		phase: 'quiz',
		title: { hu: 'Szavak és nevek kvíz', en: 'Words and names quiz' },
		activity: {
			hu: 'A szavakról és nevekről szóló kvíz gyakorló módban, a tanult nyelven.',
			en: 'The words and names quiz in practice mode, in the language being learnt.'
		},
		links: [
			{
				target: { kind: 'quiz', quiz: 'words' },
				label: { hu: 'Kvíz: szavak és nevek', en: 'Quiz: words and names' }
			}
		]
	},
	{
		minutes: 3,
		phase: 'wrap_up',
		title: { hu: 'Három mondat', en: 'Three sentences' },
		activity: {
			hu: 'Mindenki leír három mondatot a tanult nyelven, mindegyikben egy dátummal, az adott nyelv dátumírása szerint.',
			en: 'Everyone writes three sentences in the language they are learning, each with a date written the way that language writes it.'
		},
		links: [
			{ target: { kind: 'page', page: 'timeline' }, label: { hu: 'Idővonal', en: 'Timeline' } }
		]
	}
];

/** The lesson plans in the order the guide shows them. */
export const plans: Plan[] = [
	{
		id: 'lesson_45',
		lessonMinutes: 45,
		intro: {
			hu: 'Egy tanóra, a nyomtatáson kívül előkészület nélkül. Minden lépésnél ott a hivatkozás arra a szakaszra, grafikonra vagy kvízre, amelyet éppen kivetít vagy kiad.',
			en: 'One lesson, no preparation beyond printing. Each step links to the section, chart or quiz you project or hand out at that point.'
		},
		lessons: [lesson45]
	},
	{
		id: 'short_20',
		lessonMinutes: 20,
		intro: {
			hu: 'Ha csak egy óra fele jut rá, például osztályfőnöki órán vagy aktualitásként: egy szakasz, egy grafikon, egy kvíz.',
			en: 'When you have only half a lesson, for instance in form time or as a current-affairs slot: one section, one chart, one quiz.'
		},
		lessons: [short20]
	},
	{
		id: 'double_90',
		lessonMinutes: 45,
		intro: {
			hu: 'Két tanóra, több csoportmunkával: az elsőben az események és a szerződések, a másodikban a számok és a források.',
			en: 'Two lessons with more group work: the first on the events and the treaties, the second on the figures and their sources.'
		},
		lessons: [doubleFirst, doubleSecond]
	},
	{
		id: 'language_45',
		lessonMinutes: 45,
		intro: {
			hu: 'Angolórára vagy magyar mint idegen nyelv órára, a párhuzamos olvasási nézettel. A tartalom ugyanaz, a hangsúly a szókincsen, a névalakokon és a dátumokon van.',
			en: 'For an English class or a Hungarian as a foreign language class, using the side-by-side reading view. The content is the same; the focus is on vocabulary, name forms and dates.'
		},
		lessons: [language45]
	}
];
