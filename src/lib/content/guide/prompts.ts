import { getPoint } from '$lib/data/figures';
import type { GuideLink, Text } from './types';

/** The latest yearly count of the visits chart, read from its fact so the answer moves with it. */
const visits2025 = getPoint('se-visits-2025').value;

export interface Prompt {
	question: Text;
	/** What a good answer touches on: for the teacher, not read out. */
	listenFor: Text;
	link?: GuideLink;
}

export type PromptLevel = 'understand' | 'analyse' | 'evaluate';

/** Discussion prompts from recall to source criticism. */
export const prompts: Record<PromptLevel, Prompt[]> = {
	understand: [
		{
			question: {
				hu: 'Ki kivel, hol és mikor tárgyalt? Milyen tisztséget töltött be Sojgu 2023 júliusában, és milyet 2024 szeptemberében?',
				en: 'Who held talks with whom, where and when? What post did Shoigu hold in July 2023, and what post in September 2024?'
			},
			listenFor: {
				hu: '2024. szeptember 13., Phenjan, Sojgu és Kim Dzsong-un. 2023-ban még hadügyminiszter volt, 2024. május 12. óta a Biztonsági Tanács titkára.',
				en: '13 September 2024, Pyongyang, Shoigu and Kim Jong Un. In 2023 he was still defence minister; since 12 May 2024 he has been secretary of the Security Council.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'meeting-who' },
				label: { hu: 'Ki kivel találkozott?', en: 'Who met whom?' }
			}
		},
		{
			question: {
				hu: 'A cikk szerint mi történt Sojgu tavalyi (2023-as) látogatása után?',
				en: 'According to the article, what happened after Shoigu’s visit the year before (2023)?'
			},
			listenFor: {
				hu: 'Kim ballisztikus rakétákat is mutatott neki; a cikk szerint ezek később az ukrajnai fronton is megjelentek, és megindultak a fegyverszállítmányok.',
				en: 'Kim showed him weapons including ballistic missiles; the article says these later appeared on the front in Ukraine and that arms shipments began.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'first-visit-weapons' },
				label: { hu: 'Fegyverbemutató', en: 'The weapons show' }
			}
		},
		{
			question: {
				hu: 'Mit írt alá Putyin és Kim 2024 júniusában, és mit ígér a szerződés 4. cikke?',
				en: 'What did Putin and Kim sign in June 2024, and what does Article 4 of the treaty promise?'
			},
			listenFor: {
				hu: 'Átfogó stratégiai partnerségi szerződést; ha az egyik felet fegyveres támadás éri, a másik haladéktalanul katonai és egyéb segítséget nyújt.',
				en: 'A Treaty on Comprehensive Strategic Partnership; if one side is attacked, the other gives military and other assistance without delay.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'treaty-article4' },
				label: { hu: 'A 4. cikk', en: 'Article 4' }
			}
		}
	],
	analyse: [
		{
			question: {
				hu: 'Miért lehet szüksége Oroszországnak észak-koreai tüzérségi lőszerre, és miért illik az orosz lövegekbe?',
				en: 'Why might Russia need North Korean artillery ammunition, and why does it fit Russian guns?'
			},
			listenFor: {
				hu: 'A RUSI 2023 szeptemberében úgy becsülte, hogy Oroszország abban az évben jóval több lövedéket lő ki, mint amennyit gyárt; Észak-Korea szovjet mintára építette fegyverzetét, ezért a 152 mm-es lövedékei illenek az orosz lövegekbe.',
				en: 'In September 2023 RUSI estimated that Russia would fire far more shells that year than it produced; North Korea built its arsenal on Soviet designs, so its 152 mm shells fit Russian guns.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'flows-152mm' },
				label: { hu: 'A 152 mm-es kaliber', en: 'The 152 mm calibre' }
			}
		},
		{
			question: {
				hu: 'Mit kaphat cserébe Észak-Korea? Ki állítja ezt?',
				en: 'What might North Korea get in return? Who says so?'
			},
			listenFor: {
				hu: 'Szöul szerint főleg élelmiszert; a dél-koreai hírszerzés (NIS) szerint légvédelmi rendszereket, drónokat és segítséget a műholdprogramhoz. Ezek dél-koreai állítások, a két érintett ország nem erősítette meg őket.',
				en: 'Seoul says mostly food; South Korea’s intelligence service (NIS) says air-defence systems, drones and help with its satellite programme. These are South Korean claims; the two countries involved have not confirmed them.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'flows-return' },
				label: { hu: 'Mi megy visszafelé?', en: 'What goes the other way?' }
			}
		},
		{
			question: {
				hu: 'Hogyan változott meg a két ország viszonya 2022 és 2025 között? Melyik évben volt a legtöbb látogatás, és mit jelent ez?',
				en: 'How did relations change between 2022 and 2025? In which year were there the most visits, and what does that tell us?'
			},
			listenFor: {
				hu: `2022-ben egyetlen magas szintű személyes látogatást sem találtak a források, 2025-ben pedig már ${visits2025} ilyen találkozó volt. A számolás a mi összesítésünk, de az irány egyértelmű.`,
				en: `No high-level in-person visit was found for 2022; in 2025 there were ${visits2025}. The count is our own, but the trend is clear.`
			},
			link: {
				target: { kind: 'chart', anchor: 'chart-visits' },
				label: { hu: 'Grafikon: látogatások', en: 'Chart: visits' }
			}
		}
	],
	evaluate: [
		{
			question: {
				hu: 'Ki mondja, hogy Észak-Korea 9,4 millió lövedéket küldött? Honnan tudhatja? Mitől lehet a valódi szám kisebb vagy nagyobb?',
				en: 'Who says North Korea sent 9.4 million shells? How could they know? What could make the real number smaller or larger?'
			},
			listenFor: {
				hu: 'A dél-koreai védelmi minisztérium becslése (2024. szeptember): kb. 20 000 konténer, ha mindegyik tele volt 152 mm-es lövedékkel. A konténereket műholdfelvételeken és hírszerzési úton követik, a lövedékeket senki sem számolta meg. Kisebb lehet, ha a konténerekben más is volt; nagyobb, ha nem minden szállítmányt láttak.',
				en: 'An estimate by South Korea’s defence ministry (September 2024): about 20,000 containers, if every one was full of 152 mm shells. Containers are tracked by satellite images and intelligence; nobody counted the shells. It could be lower if the containers held other things, higher if some shipments were missed.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'flows-known-estimated' },
				label: { hu: 'Mit tudunk biztosan?', en: 'What is known for sure?' }
			}
		},
		{
			question: {
				hu: 'Az Egyesült Államok, Dél-Korea és Ukrajna közöl számokat; Oroszország és Észak-Korea sokáig tagadta a fegyverszállításokat, a katonák jelenlétét pedig csak 2025 áprilisában ismerte el. Miért mondhatja mindegyik fél azt, amit mond?',
				en: 'The US, South Korea and Ukraine publish figures; Russia and North Korea long denied the arms transfers and only acknowledged the troops in April 2025. Why might each side say what it says?'
			},
			listenFor: {
				hu: 'Mindegyik félnek van érdeke: Kijev és szövetségesei nemzetközi nyomást és támogatást akarnak, Szöul a saját biztonsága miatt aggódik, Moszkva és Phenjan, ha a szállítások valósak, ENSZ-szankciókat sért, ezért érdeke tagadni. Az érdek nem jelenti, hogy a szám hamis, de óvatosságra int.',
				en: 'Each side has an interest: Kyiv and its allies want pressure and support, Seoul worries about its own security, Moscow and Pyongyang would be breaching UN sanctions if the deliveries are real, so they have reason to deny them. An interest does not make a number false, but it is a reason for care.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'after-acknowledged' },
				label: { hu: 'Az elismerés', en: 'The acknowledgement' }
			}
		},
		{
			question: {
				hu: 'A cikk szerint a fegyverszállítások Sojgu 2023. júliusi látogatása után indultak meg. Mit tudunk a korábbi időszakról, és mi történt a cikk megjelenése után? Beigazolódtak-e az „aggodalmak”?',
				en: 'The article says the arms shipments began after Shoigu’s July 2023 visit. What do we know about the time before, and what happened after the article appeared? Did the “concerns” prove right?'
			},
			listenFor: {
				hu: 'Az USA már 2022 végén kisebb szállításokkal vádolta Észak-Koreát. A nagy konténerforgalom 2023 szeptemberében indult. A cikk után: észak-koreai katonák a Kurszki területen (2024 októberétől), a szerződés hatályba lépett (2024. december 4.), Sojgu 2025-ben még háromszor járt Phenjanban.',
				en: 'The US had already alleged smaller deliveries in late 2022. The large container flow began in September 2023. After the article: North Korean troops in the Kursk region (from October 2024), the treaty in force (4 December 2024), and three more Shoigu trips to Pyongyang in 2025.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'after' },
				label: { hu: 'A cikk után', en: 'After the article' }
			}
		},
		{
			question: {
				hu: 'A cikk az orosz Biztonsági Tanács közleményére hivatkozik a tárgyalás témáiról. Mit tudhatunk meg egy hivatalos közleményből, és mit nem?',
				en: 'The article cites the Russian Security Council’s statement on what was discussed. What can an official statement tell us, and what can it not?'
			},
			listenFor: {
				hu: 'Megtudjuk, mit akar a kormány nyilvánosan mondani (a találkozó tényét, a hivatalos témákat), de azt nem, miről volt szó valójában. Más forrással kell összevetni.',
				en: 'It tells us what the government wants to say in public (that the meeting happened, the official topics), not what was really discussed. It has to be checked against other sources.'
			},
			link: {
				target: { kind: 'explainer', anchor: 'meeting-talks' },
				label: { hu: 'A tárgyalás', en: 'The talks' }
			}
		}
	]
};

export const promptLevels = ['understand', 'analyse', 'evaluate'] as const satisfies PromptLevel[];
