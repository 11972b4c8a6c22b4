import type { ExplainerSectionId } from './anchors';
import type { Lang } from '$lib/i18n/langs';

/** One paragraph in both languages; the id is its evidence anchor (see anchors.ts). */
export interface ExplainerParagraph {
	id: string;
	/** Marked-up text (see rich-text.ts): glossary terms, estimates and source notes inline. */
	text: Record<Lang, string>;
	/** Describes events after the article (13 September 2024): shown with a "later" label. */
	later?: boolean;
}

export interface ExplainerSection {
	id: ExplainerSectionId;
	title: Record<Lang, string>;
	paragraphs: ExplainerParagraph[];
}

/**
 * The explainer, written by us in both languages from the article and the fact sheet.
 * Every figure and date is marked with the fact id it comes from; contentSpec checks them.
 */
export const sections: ExplainerSection[] = [
	{
		id: 'meeting',
		title: {
			hu: 'A találkozó: ki, kivel, hol és mikor?',
			en: 'The meeting: who met whom, where and when?'
		},
		paragraphs: [
			{
				id: 'meeting-who',
				text: {
					hu: '2024. szeptember 13-án, pénteken Kim Dzsong-un, Észak-Korea vezetője, Phenjanban, az ország fővárosában, fogadta Szergej Sojgut.[[s:ev-2024-09-13-shoigu-pyongyang]] Sojgu ekkor már nem [[g:defence-minister|hadügyminiszter]] volt: 2024. május 12-e óta az orosz [[g:security-council|Biztonsági Tanács]] titkára, vagyis Vlagyimir Putyin elnök egyik legfontosabb biztonságpolitikai tanácsadója.[[s:ev-2024-05-12-shoigu-security-council]]',
					en: 'On Friday 13 September 2024, North Korea’s leader Kim Jong Un received Sergei Shoigu in Pyongyang, the country’s capital.[[s:ev-2024-09-13-shoigu-pyongyang]] By then Shoigu was no longer [[g:defence-minister|defence minister]]: since 12 May 2024 he had been secretary of Russia’s [[g:security-council|Security Council]], which makes him one of President Vladimir Putin’s most important advisers on security.[[s:ev-2024-05-12-shoigu-security-council]]'
				}
			},
			{
				id: 'meeting-talks',
				text: {
					hu: 'Az orosz Biztonsági Tanács közleménye szerint számos [[g:bilateral|kétoldalú]] és nemzetközi kérdésről tárgyaltak, és szóba került a Kim és Putyin által 2024 júniusában aláírt megállapodás végrehajtása is. Az orosz fél a látogatást a „folyamatos stratégiai párbeszéd” részeként mutatta be.[[s:ev-2024-09-13-shoigu-pyongyang]]',
					en: 'According to a statement from Russia’s Security Council, the two sides discussed a range of [[g:bilateral|bilateral]] and international issues, including how to put into practice the agreement that Kim and Putin had signed in June 2024. The Russian side described the visit as part of an “ongoing strategic dialogue”.[[s:ev-2024-09-13-shoigu-pyongyang]]'
				}
			},
			{
				id: 'meeting-second-visit',
				text: {
					hu: 'Sojgu alig több mint egy év alatt már másodszor járt Phenjanban: először 2023 júliusában, még hadügyminiszterként érkezett.[[s:ev-2023-07-25-shoigu-pyongyang]] A cikk szerint a mostani látogatás „felerősíti” az újabb észak-koreai fegyverszállításokkal kapcsolatos aggodalmakat.[[s:ev-2024-09-13-shoigu-pyongyang]]',
					en: 'It was Shoigu’s second trip to Pyongyang in little more than a year: the first time, in July 2023, he came as defence minister.[[s:ev-2023-07-25-shoigu-pyongyang]] The Hungarian article says the new visit heightens fears of further North Korean arms shipments to Russia.[[s:ev-2024-09-13-shoigu-pyongyang]]'
				}
			}
		]
	},
	{
		id: 'first-visit',
		title: {
			hu: 'Az első látogatás: 2023 júliusa és ami utána jött',
			en: 'The first visit: July 2023 and what followed'
		},
		paragraphs: [
			{
				id: 'first-visit-2023',
				text: {
					hu: 'Sojgu 2023. július 25–27. között járt először Phenjanban, akkor még orosz hadügyminiszterként. Az alkalom a koreai háború harcait lezáró [[g:armistice|fegyverszünet]] 70. évfordulója volt. Sojgu átadta Kimnek Putyin levelét. Kínai küldöttség is érkezett: a koronavírus-járvány miatti határzár óta ez a két küldöttség volt az első külföldi delegáció az országban.[[s:ev-2023-07-25-shoigu-pyongyang]]',
					en: 'Shoigu first went to Pyongyang on 25–27 July 2023, while he was still Russia’s defence minister. The occasion was the 70th anniversary of the [[g:armistice|armistice]] that ended the fighting in the Korean War. He handed Kim a letter from Putin. A Chinese delegation came too; the two were the first foreign delegations to visit since North Korea closed its borders during the pandemic.[[s:ev-2023-07-25-shoigu-pyongyang]]'
				}
			},
			{
				id: 'first-visit-weapons',
				text: {
					hu: 'Július 26-án Kim Dzsong-un egy fegyverkiállításon kalauzolta orosz vendégét, és megmutatta neki az ország legújabb fegyvereit, köztük [[g:icbm|interkontinentális ballisztikus rakétákat]] és új drónokat.[[s:ev-2023-07-25-shoigu-pyongyang]] A cikk szerint a bemutatott fegyverek között voltak olyan [[g:ballistic-missile|ballisztikus rakéták]] is, amelyek néhány hónappal később az ukrajnai fronton is megjelentek.',
					en: 'On 26 July Kim Jong Un took his Russian guest round an arms exhibition and showed him the country’s newest weapons, including [[g:icbm|intercontinental ballistic missiles]] and new drones.[[s:ev-2023-07-25-shoigu-pyongyang]] According to the article, the weapons on show included [[g:ballistic-missile|ballistic missiles]] of the kind that turned up on the front line in Ukraine a few months later.'
				}
			},
			{
				id: 'first-visit-shipments',
				text: {
					hu: 'A cikk a Bloombergre hivatkozva azt írja, hogy a látogatás után [[g:satellite-imagery|műholdfelvételek]] a két ország közötti kereskedelem növekedését jelezték. Az amerikai CSIS kutatóintézet 2023 októberében műholdfelvételeken mintegy 73 tehervagont számolt meg a határ menti Tumangang vasútállomáson; a korábbi felvételeken sosem volt ott több nagyjából 20-nál.[[s:ev-2023-10-05-rail-traffic]] A Fehér Ház 2023. október 13-án azt közölte, hogy szeptember 7. és október 1. között [[e:se-cont-us-2023-10-13|több mint 1000 konténernyi]] hadianyag és lőszer ment hajón Oroszországba. A nagy szállítások tehát valóban ekkor indultak meg, de az Egyesült Államok már 2022 végén kisebb szállításokkal vádolta Észak-Koreát.[[s:bg-shipments-timing]]',
					en: 'Citing Bloomberg, the article says that after the visit [[g:satellite-imagery|satellite images]] showed trade between the two countries growing. In October 2023 the American research institute CSIS counted about 73 freight wagons on satellite images of Tumangang, a railway yard on the border, where earlier images had never shown more than about 20.[[s:ev-2023-10-05-rail-traffic]] On 13 October 2023 the White House said that between 7 September and 1 October [[e:se-cont-us-2023-10-13|more than 1,000 containers]] of military equipment and munitions had gone to Russia by ship. So the large shipments did start at that time, but the United States had already accused North Korea of smaller deliveries in late 2022.[[s:bg-shipments-timing]]'
				}
			},
			{
				id: 'first-visit-missiles',
				text: {
					hu: '2024. január 4-én a Fehér Ház bejelentette, hogy Oroszország észak-koreai ballisztikus rakétákat lőtt ki Ukrajnára 2023. december 30-án és 2024. január 2-án.[[s:ev-2024-01-04-first-missiles]] Ukrán ügyészek 2024 májusában azt közölték, hogy 2023. december vége és 2024. február vége között [[e:se-missiles-2024-05-07|mintegy 50]] ilyen rakétát indítottak, és nagyjából a felük letért a pályájáról.',
					en: 'On 4 January 2024 the White House announced that Russia had fired North Korean ballistic missiles at Ukraine on 30 December 2023 and 2 January 2024.[[s:ev-2024-01-04-first-missiles]] In May 2024 Ukrainian prosecutors said that [[e:se-missiles-2024-05-07|about 50]] such missiles had been launched between late December 2023 and late February 2024, and that roughly half of them had veered off course.'
				}
			}
		]
	},
	{
		id: 'meetings',
		title: {
			hu: 'Egyre sűrűbb magas szintű találkozók',
			en: 'Increasingly frequent high-level meetings'
		},
		paragraphs: [
			{
				id: 'meetings-vostochny',
				text: {
					hu: '2023 szeptemberében Kim Dzsong-un páncélozott vonattal hatnapos útra indult az orosz Távol-Keletre; 2019 óta ez volt az első oroszországi útja.[[s:ev-2023-09-12-kim-russia-trip]][[s:bg-2019-first-summit]] Szeptember 13-án Putyinnal a Vosztocsnij [[g:cosmodrome|űrrepülőtéren]] találkozott. Katonai kérdésekről, a háborúról és arról is beszéltek, hogy segíthet-e Oroszország Észak-Koreának a műholdprogramjában. A Kreml szerint megállapodást nem írtak alá, Kim viszont meghívta Putyint Phenjanba, és Putyin elfogadta a meghívást.[[s:ev-2023-09-13-vostochny-summit]]',
					en: 'In September 2023 Kim Jong Un set off on a six-day trip to the Russian Far East in his armoured train; it was his first visit to Russia since 2019.[[s:ev-2023-09-12-kim-russia-trip]][[s:bg-2019-first-summit]] On 13 September he met Putin at the Vostochny [[g:cosmodrome|Cosmodrome]]. They talked about military matters, the war and whether Russia might help North Korea with its satellite programme. The Kremlin said no agreements were signed, but Kim invited Putin to Pyongyang and Putin accepted.[[s:ev-2023-09-13-vostochny-summit]]'
				}
			},
			{
				id: 'meetings-knevichi',
				text: {
					hu: 'Szeptember 16-án Sojgu – akkor még hadügyminiszterként – a Vlagyivosztok melletti Knyevicsi katonai repülőtéren fogadta Kimet. Megmutatta neki Oroszország [[g:strategic-bomber|stratégiai bombázóit]] és egy MiG-31-es vadászgépre szerelt Kinzsal [[g:hypersonic-missile|hiperszonikus rakétát]].[[s:ev-2023-09-16-kim-meets-shoigu]] Ezt a találkozót a cikk is megemlíti: Sojgu „tavaly szeptemberben is találkozott Kimmel”.',
					en: 'On 16 September Shoigu, then still defence minister, welcomed Kim at Knevichi military airfield near Vladivostok. He showed him Russia’s [[g:strategic-bomber|strategic bombers]] and a Kinzhal [[g:hypersonic-missile|hypersonic missile]] mounted on a MiG-31 fighter.[[s:ev-2023-09-16-kim-meets-shoigu]] The article mentions this meeting too: Shoigu had already met Kim the previous September.'
				}
			},
			{
				id: 'meetings-diplomats',
				text: {
					hu: 'A diplomaták is sokat utaztak. Szergej Lavrov orosz [[g:foreign-minister|külügyminiszter]] 2023 októberében Phenjanban tárgyalt észak-koreai kollégájával, Cshö Szon-hival, és Kim Dzsong-un is fogadta.[[s:ev-2023-10-18-lavrov-pyongyang]] Cshö Szon-hi 2024 januárjában Moszkvába látogatott; Putyin is fogadta, ő pedig megismételte Kim meghívását.[[s:ev-2024-01-15-choe-moscow]]',
					en: 'Diplomats travelled a lot too. In October 2023 Russia’s [[g:foreign-minister|foreign minister]], Sergei Lavrov, held talks in Pyongyang with his North Korean counterpart, Choe Son Hui, and was received by Kim Jong Un.[[s:ev-2023-10-18-lavrov-pyongyang]] In January 2024 Choe Son Hui visited Moscow, where Putin received her and she passed on Kim’s invitation once more.[[s:ev-2024-01-15-choe-moscow]]'
				}
			},
			{
				id: 'meetings-putin',
				text: {
					hu: '2024. június 18–19-én Vlagyimir Putyin [[g:state-visit|állami látogatást]] tett Phenjanban. Előtte 2000 júliusában járt ott, amikor még Kim Dzsong-un apjával, Kim Dzsong-illel tárgyalt, így ez 24 év után az első útja volt Észak-Koreába.[[s:bg-putin-2000-visit]] A cikk ezt úgy fogalmazza meg, hogy „több mint 20 éve az első hasonló eset”. Putyin gépe csak június 19-én hajnalban szállt le, ezért a tárgyalások és az aláírás is aznap zajlottak.[[s:ev-2024-06-18-putin-pyongyang]]',
					en: 'On 18–19 June 2024 Vladimir Putin paid a [[g:state-visit|state visit]] to Pyongyang. He had last been there in July 2000, when he held talks with Kim Jong Un’s father, Kim Jong Il, so this was his first trip to North Korea in 24 years.[[s:bg-putin-2000-visit]] The article calls it the first such visit in more than 20 years. Putin’s plane landed only in the early hours of 19 June, so the talks and the signing both took place that day.[[s:ev-2024-06-18-putin-pyongyang]]'
				}
			},
			{
				id: 'meetings-delegation',
				text: {
					hu: '2024. július 18-án magas rangú orosz katonai [[g:delegation|delegáció]] érkezett Phenjanba Alekszej Krivorucsko hadügyminiszter-helyettes vezetésével, és Kim Dzsong-un is fogadta a küldöttséget. Mindkét fél hangsúlyozta, hogy a katonai együttműködés a közös biztonsági érdekeiket védi.[[s:ev-2024-07-18-military-delegation]]',
					en: 'On 18 July 2024 a high-ranking Russian military [[g:delegation|delegation]] led by Deputy Defence Minister Alexei Krivoruchko arrived in Pyongyang and was received by Kim Jong Un. Both sides stressed that their military cooperation served to defend their shared security interests.[[s:ev-2024-07-18-military-delegation]]'
				}
			}
		]
	},
	{
		id: 'treaty',
		title: {
			hu: 'A 2024. júniusi szerződés',
			en: 'The treaty of June 2024'
		},
		paragraphs: [
			{
				id: 'treaty-signing',
				text: {
					hu: 'Putyin látogatásának legfontosabb eredménye egy új [[g:treaty|nemzetközi szerződés]] lett. 2024. június 19-én Kim Dzsong-un és Putyin aláírta az [[g:strategic-partnership|átfogó stratégiai partnerségről]] szóló, 23 cikkből álló szerződést.[[s:ev-2024-06-19-treaty-signed]] A magyar cikk [[g:mutual-defence-treaty|kölcsönös védelmi egyezménynek]] nevezi, és hogy miért, az a 4. cikkből derül ki.',
					en: 'The most important result of Putin’s visit was a new [[g:treaty|treaty]]. On 19 June 2024 Kim Jong Un and Putin signed the Treaty on [[g:strategic-partnership|Comprehensive Strategic Partnership]], which has 23 articles.[[s:ev-2024-06-19-treaty-signed]] The Hungarian article calls it a [[g:mutual-defence-treaty|mutual defence treaty]], and Article 4 shows why.'
				}
			},
			{
				id: 'treaty-article4',
				text: {
					hu: 'A 4. cikk szerint, ha az egyik országot fegyveres támadás éri, és így háborús helyzetbe kerül, a másik haladéktalanul katonai és egyéb segítséget nyújt neki. A szöveg az [[g:un-charter-51|ENSZ Alapokmányának 51. cikkére]] és a két ország törvényeire hivatkozik. A 3. cikk szerint, ha közvetlen támadás veszélye fenyeget, a felek egyeztetnek egymással.[[s:ev-2024-06-19-treaty-signed]]',
					en: 'Article 4 says that if one country is attacked and finds itself in a state of war, the other will give it military and other help without delay. The text refers to [[g:un-charter-51|Article 51 of the UN Charter]] and to the laws of both countries. Under Article 3, the two sides consult each other if there is a direct threat of attack.[[s:ev-2024-06-19-treaty-signed]]'
				}
			},
			{
				id: 'treaty-ratification',
				later: true,
				text: {
					hu: 'Egy szerződés akkor lesz kötelező, ha az aláíró országok [[g:ratification|ratifikálják]]. Oroszországban az [[g:state-duma|Állami Duma]] 2024. október 24-én, a [[g:federation-council|Szövetségi Tanács]] november 6-án hagyta jóvá.[[s:ev-2024-10-24-duma-ratifies]] Putyin november 9-én írta alá a ratifikációs törvényt, Kim Dzsong-un pedig november 11-én Észak-Korea ratifikációs okmányát.[[s:ev-2024-11-06-federation-council]] A megerősítő okiratokat 2024. december 4-én Moszkvában cserélték ki, és a szerződés ezzel [[g:entry-into-force|hatályba lépett]].[[s:ev-2024-12-04-treaty-in-force]]',
					en: 'A treaty becomes binding once the countries that signed it [[g:ratification|ratify]] it. In Russia, the [[g:state-duma|State Duma]] approved it on 24 October 2024 and the [[g:federation-council|Federation Council]] on 6 November.[[s:ev-2024-10-24-duma-ratifies]] Putin signed the ratification law on 9 November, and Kim Jong Un signed North Korea’s ratification on 11 November.[[s:ev-2024-11-06-federation-council]] The two countries exchanged the ratification documents in Moscow on 4 December 2024, and with that the treaty [[g:entry-into-force|entered into force]].[[s:ev-2024-12-04-treaty-in-force]]'
				}
			},
			{
				id: 'treaty-old-treaties',
				text: {
					hu: 'Ilyen szerződésre már volt példa. 1961-ben a Szovjetunió és Észak-Korea kölcsönös segítségnyújtási szerződést kötött, amelynek 1. cikke támadás esetén azonnali katonai segítséget ígért; ez a Szovjetunió felbomlása után, 1995–96 körül szűnt meg.[[s:bg-1961-treaty]] A Meduza és a Jonhap hírügynökség összevetése szerint az új 4. cikk szinte szó szerint megismétli a régi szöveget.[[s:bg-1961-vs-2024]] A 2000-ben kötött barátsági szerződés pedig akkor szűnt meg, amikor az új szerződés hatályba lépett.[[s:bg-2000-treaty]]',
					en: 'There was a precedent for such a treaty. In 1961 the Soviet Union and North Korea signed a treaty of mutual assistance whose Article 1 promised immediate military help in case of attack; it lapsed after the Soviet Union broke up, around 1995–96.[[s:bg-1961-treaty]] Meduza and the Yonhap news agency compared the texts and found that the new Article 4 repeats the old wording almost word for word.[[s:bg-1961-vs-2024]] The friendship treaty signed in 2000 lapsed when the new treaty entered into force.[[s:bg-2000-treaty]]'
				}
			}
		]
	},
	{
		id: 'flows',
		title: {
			hu: 'Mi megy Oroszországba, és mi jön vissza?',
			en: 'What flows each way?'
		},
		paragraphs: [
			{
				id: 'flows-shells',
				text: {
					hu: 'A háborúban Oroszországnak rengeteg [[g:artillery-shell|tüzérségi lőszerre]] van szüksége. Jack Watling, a brit RUSI kutatóintézet szakértője, 2023 szeptemberében úgy becsülte, hogy Oroszország abban az évben [[e:bg-russian-ammo-demand|több mint 7 millió]] tüzérségi lövedéket fog kilőni, miközben csak [[e:bg-russian-ammo-demand|mintegy 2,5 milliót]] tud legyártani. A különbség miatt fontos Moszkvának Észak-Korea: a cikk szerint Phenjan „több millió lövedéket” küldött az oroszoknak.',
					en: 'In the war Russia needs huge numbers of [[g:artillery-shell|artillery shells]]. In September 2023 Jack Watling, an expert at the British research institute RUSI, estimated that Russia would fire [[e:bg-russian-ammo-demand|more than 7 million]] artillery rounds that year while producing [[e:bg-russian-ammo-demand|only about 2.5 million]]. That gap is why North Korea matters to Moscow: according to the article, Pyongyang has sent the Russians millions of shells.'
				}
			},
			{
				id: 'flows-152mm',
				text: {
					hu: 'Miért éppen Észak-Korea? Az orosz tüzérség főleg szovjet szabványú, 152 és 122 mm-es [[g:calibre|kaliberű]] lövedékeket használ. Észak-Korea az 1960-as évektől szovjet tervek alapján építette fel a fegyverzetét, ezért lövedékei az orosz lövegekbe, rakétái az orosz indítóállványokba illenek.[[s:bg-152mm]] A cikk ezt úgy írja, hogy Észak-Korea „az orosz tüzérségi eszközökkel kompatibilis lőszerkészletet” halmozott fel az elmúlt évtizedekben.',
					en: 'Why North Korea? Russia’s artillery mostly uses Soviet-standard shells of 152 and 122 millimetre [[g:calibre|calibre]]. North Korea built up its arsenal from Soviet designs from the 1960s onwards, so its shells fit Russian guns and its rockets fit Russian launchers.[[s:bg-152mm]] In the article’s words, North Korea has built up a stockpile of ammunition compatible with Russian artillery over the past decades.'
				}
			},
			{
				id: 'flows-missiles',
				text: {
					hu: 'A lövedékek mellett rakéták is érkeztek. Az amerikai külügyminisztérium egyik tisztviselője 2024. szeptember 4-én [[e:se-missiles-2024-09-04|több mint 65]] Ukrajnára kilőtt észak-koreai rakétáról beszélt. Az ukrán katonai hírszerzés 2024 decemberében [[e:se-missiles-2024-12-02|legalább 60]] bevetett és [[e:se-missiles-2024-12-02|mintegy 100]] leszállított rakétáról számolt be. A számok azért térnek el, mert a források másképp számolnak.',
					en: 'Missiles came as well as shells. On 4 September 2024 a US State Department official spoke of [[e:se-missiles-2024-09-04|more than 65]] North Korean missiles fired into Ukraine. In December 2024 Ukraine’s military intelligence reported [[e:se-missiles-2024-12-02|at least 60]] used and [[e:se-missiles-2024-12-02|about 100]] delivered. The numbers differ because the sources count in different ways.'
				}
			},
			{
				id: 'flows-troops',
				later: true,
				text: {
					hu: 'Néhány héttel a cikk megjelenése után Észak-Korea már katonákat is küldött. A dél-koreai [[g:intelligence-service|hírszerzés]] (NIS) 2024. október 18-án közölte, hogy október 8. és 13. között a különleges erők [[e:se-troops-2024-10-18|mintegy 1500]] észak-koreai katonáját szállították orosz hadihajókon Vlagyivosztokba. A Jonhap hírügynökség a NIS-re hivatkozva azt is jelentette, hogy Phenjan összesen [[e:ev-2024-10-18-troops-revealed|mintegy 12 000]] katona kiküldéséről döntött, ezt a számot azonban a NIS az AFP-nek nem erősítette meg. A Pentagon 2024. november 4-én [[e:se-troops-2024-11-04|11 000–12 000]] főre becsülte az Oroszországban lévő észak-koreai katonák számát.',
					en: 'A few weeks after the article appeared, North Korea began sending troops as well. On 18 October 2024 South Korea’s [[g:intelligence-service|intelligence service]] (NIS) said that between 8 and 13 October [[e:se-troops-2024-10-18|about 1,500]] North Korean special forces troops had been shipped to Vladivostok on Russian navy vessels. Yonhap, citing the NIS, also reported that Pyongyang had decided to send [[e:ev-2024-10-18-troops-revealed|about 12,000]] troops in all, a figure the NIS would not confirm to AFP. On 4 November 2024 the Pentagon put the number of North Korean soldiers in Russia at [[e:se-troops-2024-11-04|11,000–12,000]].'
				}
			},
			{
				id: 'flows-return',
				text: {
					hu: 'Mit kap cserébe Észak-Korea? A cikk szerint Moszkva technológiával és más termékekkel segítette az ország gazdaságát és fegyverfejlesztési programját. Dél-Korea védelmi minisztere 2024 februárjában azt mondta, hogy Oroszország főleg élelmiszerrel és más alapvető cikkekkel fizet; a dél-koreai hírszerzés 2025 áprilisában légvédelmi rendszerekről, drónokról és a kémműholdakhoz kapcsolódó segítségről is beszámolt.[[s:bg-what-dprk-gets]] A hivatalosan nyilvántartott kereskedelem ehhez képest kicsi: orosz adatok szerint 2023-ban 34,4 millió dollár volt, és a fegyverüzlet nincs benne.[[s:se-trade-2023]]',
					en: 'What does North Korea get in return? According to the article, Moscow has helped the country’s economy and its weapons programmes with technology and other goods. In February 2024 South Korea’s defence minister said Russia paid mostly in food and other necessities; in April 2025 South Korea’s intelligence service also spoke of air-defence systems, drones and help with spy satellites.[[s:bg-what-dprk-gets]] Recorded trade is small by comparison: by Russia’s figures it came to $34.4 million in 2023, and the arms trade is not included.[[s:se-trade-2023]]'
				}
			},
			{
				id: 'flows-known-estimated',
				text: {
					hu: 'Mit tudunk biztosan, és mi csak [[g:estimate|becslés]]? Oroszország és Észak-Korea nem hozott nyilvánosságra számokat a szállításokról, így szinte minden adat más országok hírszerzésétől származik. A dél-koreai védelmi minisztérium szerint 2024 szeptemberéig [[e:se-cont-rok-2024-09|mintegy 20 000 konténer]] ment Oroszországba, ami teljesen megrakva [[e:se-shells-rok-2024-09|legfeljebb 9,4 millió]] 152 mm-es lövedéknek felelne meg. Ez a szám tehát azt mutatja, mennyi lövedék férne a konténerekbe, nem pedig azt, hogy hányat számoltak meg. Olena Guseinova a német Friedrich Naumann Alapítványnak készült tanulmányában 2024 októberében [[e:bg-arms-value|1,7–5,5 milliárd dollárra]] becsülte a szállítások értékét; 2025-ös újabb tanulmánya már [[e:bg-arms-value-2025|legfeljebb 9,8 milliárd dollárra]] teszi a fegyverek, a lőszer és a katonák értékét, Oroszország közvetlen ellenszolgáltatását pedig legfeljebb 1,2 milliárdra.',
					en: 'What do we know for sure, and what is only an [[g:estimate|estimate]]? Russia and North Korea have published no figures on the shipments, so almost every number comes from other countries’ intelligence services. South Korea’s defence ministry said that by September 2024 [[e:se-cont-rok-2024-09|about 20,000 containers]] had gone to Russia, which, fully loaded, would hold [[e:se-shells-rok-2024-09|up to 9.4 million]] 152 mm shells. So the figure shows how much the containers could hold, not shells that anyone counted. In October 2024 a study by Olena Guseinova for Germany’s Friedrich Naumann Foundation put the value of the deliveries at [[e:bg-arms-value|$1.7–5.5 billion]]; her newer study of 2025 puts the weapons, ammunition and troops at [[e:bg-arms-value-2025|up to $9.8 billion]], and Russia’s direct compensation at no more than $1.2 billion.'
				}
			}
		]
	},
	{
		id: 'why-it-matters',
		title: {
			hu: 'Miért fontos mindez?',
			en: 'Why does it matter?'
		},
		paragraphs: [
			{
				id: 'why-ukraine',
				text: {
					hu: 'Oroszország 2022. február 24-én [[g:full-scale-invasion|teljes körű inváziót]] indított Ukrajna ellen.[[s:ev-2022-02-24-invasion]] Észak-Korea kezdettől Moszkva mellé állt: 2022. március 2-án egyike volt annak az öt országnak, amely az ENSZ Közgyűlésében az invázió elítélése ellen szavazott.[[s:ev-2022-03-02-unga-vote]] A cikk szavaival a két ország „folyamatosan fűzi szorosabbra kapcsolatait” a háború kitörése óta. Kirilo Budanov, az ukrán katonai hírszerzés vezetője, 2025 júliusában úgy becsülte, hogy az Oroszország által felhasznált lőszer [[e:se-share-ua-2025-07-12|akár 40 százaléka]] Észak-Koreából származik.',
					en: 'Russia launched a [[g:full-scale-invasion|full-scale invasion]] of Ukraine on 24 February 2022.[[s:ev-2022-02-24-invasion]] North Korea sided with Moscow from the start: on 2 March 2022 it was one of only five countries to vote against the UN General Assembly resolution condemning the invasion.[[s:ev-2022-03-02-unga-vote]] As the article puts it, the two countries have been steadily tightening their ties since the war began. In July 2025 Kyrylo Budanov, head of Ukraine’s military intelligence, estimated that [[e:se-share-ua-2025-07-12|up to 40 per cent]] of the ammunition Russia uses comes from North Korea.'
				}
			},
			{
				id: 'why-sanctions',
				text: {
					hu: 'Észak-Koreát 2006 óta [[g:sanction|ENSZ-szankciók]] sújtják. Az [[g:un-security-council|ENSZ Biztonsági Tanácsa]] 2006. október 14-én, öt nappal az első észak-koreai atomkísérlet után, egyhangúlag megtiltotta a nagyobb fegyverek, a nukleáris technológia és a luxuscikkek szállítását. (Ez a testület nem azonos az orosz Biztonsági Tanáccsal, amelynek Sojgu a titkára.) Oroszország ezt és a későbbi határozatokat is megszavazta, a fegyverszállítások tehát olyan szabályokat sértenek, amelyeket maga is elfogadott.[[s:bg-unsc-1718]]',
					en: 'North Korea has been under [[g:sanction|UN sanctions]] since 2006. On 14 October 2006, five days after North Korea’s first nuclear test, the [[g:un-security-council|UN Security Council]] unanimously banned supplies of major weapons, nuclear technology and luxury goods. (This body is not the same as Russia’s Security Council, which Shoigu runs as its secretary.) Russia voted for that resolution and for later ones, so the arms shipments break rules that Russia itself accepted.[[s:bg-unsc-1718]]'
				}
			},
			{
				id: 'why-veto',
				text: {
					hu: 'Azt, hogy betartják-e a szankciókat, 2009 óta egy ENSZ-[[g:panel-of-experts|szakértői testület]] vizsgálta, és megbízatását minden évben meghosszabbították. 2024. március 28-án azonban Oroszország [[g:veto|megvétózta]] a hosszabbítást: 13 ország igennel szavazott, Oroszország nemmel, Kína tartózkodott. A testület 2024. április végén megszűnt.[[s:ev-2024-03-28-poe-veto]] A szankciók jogilag érvényben maradtak, de az ENSZ szakértői azóta nem vizsgálják a megszegésüket.[[s:bg-poe]]',
					en: 'Since 2009 a UN [[g:panel-of-experts|panel of experts]] had monitored whether the sanctions were being observed, and its mandate was renewed every year. On 28 March 2024, however, Russia [[g:veto|vetoed]] the renewal: 13 countries voted in favour, Russia against, and China abstained. The panel’s mandate expired at the end of April 2024.[[s:ev-2024-03-28-poe-veto]] The sanctions are still legally in force, but UN experts no longer investigate breaches of them.[[s:bg-poe]]'
				}
			},
			{
				id: 'why-neighbours',
				text: {
					hu: 'Dél-Korea és Japán Észak-Korea szomszédai, és mindkettő az Egyesült Államok szövetségese, ezért számukra különösen fontos, milyen fegyverekhez és technológiához jut Phenjan. Ezért Szöul és Tokió aggódik amiatt, hogy Oroszország a dél-koreai hírszerzés szerint légvédelmi rendszereket, drónokat és a kémműholdakhoz kapcsolódó segítséget is adott.[[s:bg-what-dprk-gets]] A szállításokról szóló becslések nagy része Dél-Koreától származik. Az Egyesült Államok hírszerzési adatok nyilvánosságra hozásával és szankciókkal válaszolt: 2024 februárjában például egy orosz kikötői terminál üzemeltetőjét és egy haditengerészeti létesítményt is szankciós listára tett.[[s:se-cont-us-2024-02-23]]',
					en: 'South Korea and Japan are North Korea’s neighbours, and both are allies of the United States, so it matters a great deal to them what weapons and technology Pyongyang obtains. That is why Seoul and Tokyo are alarmed that, according to South Korea’s intelligence service, Russia has provided air-defence systems, drones and help with spy satellites.[[s:bg-what-dprk-gets]] Most estimates of the shipments come from South Korea. The United States has responded by publishing intelligence and imposing sanctions: in February 2024, for example, it placed sanctions on a Russian port terminal operator and a naval facility.[[s:se-cont-us-2024-02-23]]'
				}
			}
		]
	},
	{
		id: 'after',
		title: {
			hu: 'Ami a cikk megjelenése után történt',
			en: 'What happened after the article'
		},
		paragraphs: [
			{
				id: 'after-kursk',
				later: true,
				text: {
					hu: 'A Pentagon 2024 decemberében megerősítette, hogy az észak-koreai katonák az oroszországi Kurszki területen harcolnak, és veszteségeket szenvedtek.[[s:ev-2024-12-first-combat]] A dél-koreai hírszerzés 2025. április 30-án úgy becsülte, hogy két hullámban összesen [[e:se-troops-2025-04-30|mintegy 15 000]] katonát küldtek, és közülük [[e:se-cas-nis-2025-04-30|mintegy 4700]] meghalt vagy megsebesült, köztük [[e:se-cas-nis-2025-04-30|mintegy 600]] halott.',
					en: 'In December 2024 the Pentagon confirmed that North Korean soldiers were fighting in Russia’s Kursk region and had suffered casualties.[[s:ev-2024-12-first-combat]] On 30 April 2025 South Korea’s intelligence service estimated that [[e:se-troops-2025-04-30|about 15,000]] soldiers had been sent in two waves, and that [[e:se-cas-nis-2025-04-30|about 4,700]] of them had been killed or wounded, including [[e:se-cas-nis-2025-04-30|about 600]] dead.'
				}
			},
			{
				id: 'after-treaty-in-force',
				later: true,
				text: {
					hu: '2024. december 4-én hatályba lépett a júniusi szerződés, így a 4. cikkben vállalt kölcsönös segítségnyújtás kötelezővé vált.[[s:ev-2024-12-04-treaty-in-force]] 2025. április 30-án megkezdődött egy közúti híd építése a két országot elválasztó Tumen folyón (a források szerint 850 méter és 1 kilométer közötti hosszúságú); eddig csak egy 1959-es vasúti híd kötötte össze őket.[[s:ev-2025-04-30-bridge]]',
					en: 'On 4 December 2024 the June treaty entered into force, making the mutual assistance promised in Article 4 binding.[[s:ev-2024-12-04-treaty-in-force]] On 30 April 2025 work began on a road bridge across the Tumen River, which forms the border between the two countries (about 850 metres to 1 kilometre long, depending on the source); until then the only link was a railway bridge from 1959.[[s:ev-2025-04-30-bridge]]'
				}
			},
			{
				id: 'after-acknowledged',
				later: true,
				text: {
					hu: 'Moszkva és Phenjan hónapokig nem erősítette meg, hogy észak-koreai katonák harcolnak Oroszországért. 2025. április 26-án Valerij Geraszimov orosz vezérkari főnök ismerte el először a részvételüket, amikor bejelentette, hogy a Kurszki területet „felszabadították”; Kijev ezt vitatta.[[s:ev-2025-04-26-russia-admits]] Két nappal később Észak-Korea is hivatalosan megerősítette a katonák bevetését, Putyin pedig köszönetet mondott Kimnek.[[s:ev-2025-04-28-dprk-admits]]',
					en: 'For months Moscow and Pyongyang would not confirm that North Korean soldiers were fighting for Russia. On 26 April 2025 Valery Gerasimov, chief of Russia’s General Staff, acknowledged their part for the first time when he announced that the Kursk region had been “liberated”, a claim Kyiv disputed.[[s:ev-2025-04-26-russia-admits]] Two days later North Korea officially confirmed that it had sent troops, and Putin thanked Kim.[[s:ev-2025-04-28-dprk-admits]]'
				}
			},
			{
				id: 'after-still-deployed',
				later: true,
				text: {
					hu: 'Az észak-koreai katonák 2026-ban is Oroszországban voltak. A dél-koreai hírszerzés 2025. november 4-én úgy becsülte, hogy mintegy 10 000 katonájuk állomásozik az orosz–ukrán határ közelében, és szeptember óta mintegy 5000 katonai építő érkezett.[[s:ev-2025-11-04-nis-troops]] 2025. december 12-én hazatért a Kurszki területen aknát mentesítő műszaki ezred; Kim ekkor kilenc halottat ismert el.[[s:ev-2025-12-12-engineers-return]] Újévi üzenetében pedig a még külföldön harcoló egységeket köszöntötte: „Mögöttetek áll Phenjan és Moszkva.”[[s:ev-2025-12-31-kim-troops-message]]',
					en: 'North Korean troops were still in Russia in 2026. On 4 November 2025 South Korea’s intelligence service estimated that about 10,000 of them were deployed near the Russia–Ukraine border, and that about 5,000 military construction troops had arrived since September.[[s:ev-2025-11-04-nis-troops]] On 12 December 2025 the engineer regiment that had cleared mines in the Kursk region came home, and Kim acknowledged nine dead.[[s:ev-2025-12-12-engineers-return]] In his New Year message he greeted the units still fighting abroad: “Behind you are Pyongyang and Moscow.”[[s:ev-2025-12-31-kim-troops-message]]'
				}
			},
			{
				id: 'after-remembrance',
				later: true,
				text: {
					hu: 'A két ország ma nyíltan ünnepli a közös harcot. Moszkvában 2025 októberében a Győzelmi Múzeum kiállítást nyitott az észak-koreai katonákról,[[s:ev-2025-10-13-victory-museum]] Phenjanban pedig Kim október 23-án az orosz nagykövet jelenlétében kezdte meg a kurszki katonák emlékmúzeumának építését.[[s:ev-2025-10-23-museum-groundbreaking]] 2026. március 16-án azt mondta, hogy a 93 százalékban kész múzeum Kurszk „felszabadításának” első évfordulóján nyílik meg.[[s:ev-2026-03-16-museum-inspection]]',
					en: 'The two countries now celebrate the fighting together in public. In October 2025 the Victory Museum in Moscow opened an exhibition about the North Korean soldiers,[[s:ev-2025-10-13-victory-museum]] and in Pyongyang on 23 October Kim broke ground, with the Russian ambassador present, for a memorial museum to the troops who fought in Kursk.[[s:ev-2025-10-23-museum-groundbreaking]] On 16 March 2026 he said the museum, then 93% complete, would open on the first anniversary of Kursk’s “liberation”.[[s:ev-2026-03-16-museum-inspection]]'
				}
			},
			{
				id: 'after-visits',
				later: true,
				text: {
					hu: 'A látogatások folytatódtak. Andrej Belouszov, aki Sojgut követte a hadügyminisztérium élén, 2024 novemberében járt Phenjanban.[[s:ev-2024-11-29-belousov-pyongyang]] Sojgu 2025-ben háromszor is Phenjanba utazott: március 21-én, június 4-én és június 17-én.[[s:ev-2025-03-21-shoigu-pyongyang]][[s:ev-2025-06-04-shoigu-pyongyang]] A június 17-i úton Kim 1000 aknamentesítő és 5000 katonai építőmunkás kiküldését vállalta a Kurszki területre.[[s:ev-2025-06-17-shoigu-pyongyang]] 2025. szeptember 3-án Putyin és Kim Pekingben tárgyalt.[[s:ev-2025-09-03-beijing-talks]] Sojgu tehát 2023-ban és 2024-ben egyszer-egyszer, 2025-ben háromszor járt Phenjanban.[[s:se-shoigu-trips-2023]][[s:se-shoigu-trips-2024]][[s:se-shoigu-trips-2025]] Saját számolásunk szerint 2025-ben összesen 15 miniszteri vagy magasabb szintű személyes találkozó volt a két ország között, az utolsó novemberben, amikor a kormányközi bizottság Moszkvában ülésezett.[[s:se-visits-2025]][[s:ev-2025-11-27-igc-12]]',
					en: 'The visits went on. Andrei Belousov, who succeeded Shoigu as defence minister, visited Pyongyang in November 2024.[[s:ev-2024-11-29-belousov-pyongyang]] Shoigu travelled to Pyongyang three times in 2025: on 21 March, 4 June and 17 June.[[s:ev-2025-03-21-shoigu-pyongyang]][[s:ev-2025-06-04-shoigu-pyongyang]] On the 17 June trip Kim agreed to send 1,000 deminers and 5,000 military construction workers to the Kursk region.[[s:ev-2025-06-17-shoigu-pyongyang]] On 3 September 2025 Putin and Kim held talks in Beijing.[[s:ev-2025-09-03-beijing-talks]] So Shoigu went to Pyongyang once in 2023, once in 2024 and three times in 2025.[[s:se-shoigu-trips-2023]][[s:se-shoigu-trips-2024]][[s:se-shoigu-trips-2025]] By our own count there were 15 in-person meetings at minister level or above between the two countries in 2025, the last in November, when the intergovernmental commission met in Moscow.[[s:se-visits-2025]][[s:ev-2025-11-27-igc-12]]'
				}
			}
		]
	}
];
