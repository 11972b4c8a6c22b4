import type { ExplainerParagraphId, ExplainerSectionId } from '$lib/content/anchors';
import type { Lang } from '$lib/i18n/langs';

/** The timeline's filters: each event belongs to one or more of these. */
export const eventCategories = ['visits', 'diplomacy', 'weapons', 'troops', 'economy'] as const;
export type EventCategory = (typeof eventCategories)[number];

/** What a reader sees of one event in one language. */
export interface EventText {
	title: string;
	note: string;
	people: string;
	place: string;
}

export interface EventInfo {
	/** Empty only for the starting point (the invasion), which every filter keeps. */
	categories: readonly EventCategory[];
	/** Other facts the note states (a treaty it mentions), so that a spec can check its numbers. */
	related?: readonly string[];
	/** The explainer paragraph that discusses this event, if any. */
	explainer?: ExplainerSectionId | ExplainerParagraphId;
	text: Record<Lang, EventText>;
}

/** The article's own event: highlighted on the timeline and marked on the visits chart. */
export const articleEventId = 'ev-2024-09-13-shoigu-pyongyang';

/**
 * Titles, notes, people and places of the timeline events in both languages, written from the
 * fact sheet (same ids). Hungarian uses the article's name forms (Sojgu, Kim Dzsong-un, Phenjan).
 */
export const eventInfo: Record<string, EventInfo> = {
	'ev-2022-02-24-invasion': {
		categories: [],
		text: {
			hu: {
				title: 'Oroszország teljes körű inváziót indít Ukrajna ellen',
				note: 'Az idővonal kiindulópontja: innen követjük, hogyan került közelebb egymáshoz Oroszország és Észak-Korea.',
				people: 'Vlagyimir Putyin',
				place: 'Ukrajna'
			},
			en: {
				title: 'Russia begins its full-scale invasion of Ukraine',
				note: 'The starting point of the timeline: from here we follow how Russia and North Korea drew closer.',
				people: 'Vladimir Putin',
				place: 'Ukraine'
			}
		}
	},
	'ev-2022-03-02-unga-vote': {
		categories: ['diplomacy'],
		text: {
			hu: {
				title: 'Észak-Korea az ENSZ-közgyűlésben az inváziót elítélő határozat ellen szavaz',
				note: 'A szavazás: 141 igen, 5 nem (Oroszország, Belarusz, Észak-Korea, Eritrea, Szíria), 35 tartózkodás.',
				people: 'Az ENSZ tagállamai',
				place: 'ENSZ-közgyűlés, New York'
			},
			en: {
				title: 'North Korea votes against the UN General Assembly resolution condemning the invasion',
				note: 'The vote was 141 in favour, 5 against (Russia, Belarus, North Korea, Eritrea, Syria) and 35 abstentions.',
				people: 'UN member states',
				place: 'UN General Assembly, New York'
			}
		}
	},
	'ev-2022-07-13-dpr-lpr-recognition': {
		categories: ['diplomacy'],
		text: {
			hu: {
				title: 'Észak-Korea elismeri az Oroszország által támogatott donyecki és luhanszki „népköztársaságot”; Ukrajna megszakítja vele a diplomáciai kapcsolatot',
				note: 'Oroszország és Szíria után Phenjan harmadikként ismerte el őket. Kijev még aznap bejelentette a szakítást.',
				people: 'Az észak-koreai kormány; az ukrán külügyminisztérium (Dmitro Kuleba)',
				place: 'Phenjan, Moszkva, Kijev'
			},
			en: {
				title: 'North Korea recognises the Russian-backed “people’s republics” of Donetsk and Luhansk; Ukraine cuts ties',
				note: 'Pyongyang was the third state to do so, after Russia and Syria. Kyiv announced the break the same day.',
				people: 'North Korean government; Ukrainian Foreign Ministry (Dmytro Kuleba)',
				place: 'Pyongyang, Moscow, Kyiv'
			}
		}
	},
	'ev-2022-09-06-us-intel-purchase': {
		categories: ['weapons'],
		text: {
			hu: {
				title: 'Amerikai hírszerzés: Oroszország rakétákat és tüzérségi lőszert vásárol Észak-Koreától',
				note: 'Amerikai állítás. Akkor még azt mondták, nincs jele annak, hogy a vásárlás megtörtént, vagy hogy a fegyvereket Ukrajnában bevetették.',
				people: 'Amerikai tisztviselők',
				place: 'Washington'
			},
			en: {
				title: 'US intelligence says Russia is buying rockets and artillery shells from North Korea',
				note: 'A US claim. Officials said at the time that there was no sign yet of the purchase being completed or the weapons being used in Ukraine.',
				people: 'US officials',
				place: 'Washington'
			}
		}
	},
	'ev-2022-11-02-covert-shells': {
		categories: ['weapons'],
		text: {
			hu: {
				title: 'Fehér Ház: Észak-Korea titokban „jelentős mennyiségű” tüzérségi lőszert szállít Oroszországnak',
				note: 'John Kirby szóvivő szerint a szállítmányokat úgy álcázták, mintha a Közel-Keletre vagy Észak-Afrikába mennének. Ez amerikai hírszerzési állítás.',
				people: 'John Kirby (az USA Nemzetbiztonsági Tanácsa)',
				place: 'Washington'
			},
			en: {
				title: 'White House: North Korea is covertly supplying a “significant number” of artillery shells to Russia',
				note: 'Spokesman John Kirby said the shipments were disguised as going to the Middle East or North Africa. A US intelligence claim.',
				people: 'John Kirby (US National Security Council)',
				place: 'Washington'
			}
		}
	},
	'ev-2022-12-22-wagner-delivery': {
		categories: ['weapons'],
		text: {
			hu: {
				title: 'Fehér Ház: Észak-Korea gyalogsági rakétákat és rakétafegyvereket szállított a Wagner-csoportnak',
				note: 'A bejelentés 2022. december 22-én hangzott el; a szállítás a Fehér Ház állítása szerint az előző hónapban, novemberben történt.',
				people: 'John Kirby',
				place: 'Washington'
			},
			en: {
				title: 'White House: North Korea delivered infantry rockets and missiles to the Wagner Group',
				note: 'Announced on 22 December 2022; according to the White House, the delivery itself had taken place the month before, in November.',
				people: 'John Kirby',
				place: 'Washington'
			}
		}
	},
	'ev-2023-07-25-shoigu-pyongyang': {
		categories: ['visits'],
		explainer: 'first-visit-2023',
		text: {
			hu: {
				title: 'Sojgu hadügyminiszter Phenjanban, a koreai fegyverszünet 70. évfordulóján',
				note: 'Kim Dzsong-un fegyverkiállítást mutatott neki, interkontinentális rakétákkal és új drónokkal. Sojgu átadta Putyin levelét. A járvány miatti határzár óta ezek voltak az első külföldi küldöttségek (egy kínai is érkezett).',
				people: 'Szergej Sojgu, Kim Dzsong-un, Kang Szun-nam; a kínai Li Hung-csung',
				place: 'Phenjan'
			},
			en: {
				title: 'Defence Minister Shoigu visits Pyongyang for the 70th anniversary of the Korean War armistice',
				note: 'Kim Jong Un showed him a weapons exhibition with ICBMs and new drones; Shoigu handed over a letter from Putin. These were the first foreign delegations since the pandemic border closure (a Chinese one came too).',
				people: 'Sergei Shoigu, Kim Jong Un, Kang Sun Nam; China’s Li Hongzhong',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2023-08-us-deal-advancing': {
		categories: ['weapons', 'diplomacy'],
		text: {
			hu: {
				title: 'Fehér Ház: „aktívan haladnak” az orosz–észak-koreai fegyvertárgyalások',
				note: 'Kirby szerint Sojgu júliusi útjának célja az volt, hogy rávegye Phenjant tüzérségi lőszer eladására. Putyin és Kim leveleket váltott. Kirby ezt a Fehér Ház 2023. augusztus 30-i, szerdai tájékoztatóján mondta.',
				people: 'John Kirby; Vlagyimir Putyin és Kim Dzsong-un (levélváltás)',
				place: 'Washington'
			},
			en: {
				title: "White House: Russia–North Korea arms talks are “actively advancing”",
				note: "Kirby said Shoigu’s July trip was meant to persuade Pyongyang to sell artillery ammunition; Putin and Kim had exchanged letters. Kirby said this at the White House briefing on Wednesday 30 August 2023.",
				people: 'John Kirby; Vladimir Putin and Kim Jong Un (letters)',
				place: 'Washington'
			}
		}
	},
	'ev-2023-09-12-kim-russia-trip': {
		categories: ['visits'],
		explainer: 'meetings-vostochny',
		text: {
			hu: {
				title: 'Kim Dzsong-un páncélvonattal az orosz Távol-Keletre utazik',
				note: 'Hatnapos út: csúcstalálkozó Vosztocsnijban, repülőgépgyár Komszomolszk-na-Amurében, katonai helyszínek Vlagyivosztok mellett. 2019 óta először járt Oroszországban.',
				people: 'Kim Dzsong-un',
				place: 'Orosz Távol-Kelet (Amuri terület, Habarovszki és Tengermelléki határterület)'
			},
			en: {
				title: 'Kim Jong Un travels to the Russian Far East by armoured train',
				note: 'A six-day trip: a summit at Vostochny, an aircraft plant at Komsomolsk-on-Amur, military sites near Vladivostok. His first visit to Russia since 2019.',
				people: 'Kim Jong Un',
				place: 'Russian Far East (Amur, Khabarovsk and Primorye regions)'
			}
		}
	},
	'ev-2023-09-13-vostochny-summit': {
		categories: ['visits', 'diplomacy'],
		explainer: 'meetings-vostochny',
		text: {
			hu: {
				title: 'Putyin–Kim csúcstalálkozó a Vosztocsnij űrrepülőtéren',
				note: 'Szó esett katonai ügyekről, a háborúról és a műholdakhoz nyújtható segítségről. Kim meghívta Putyint Phenjanba. A Kreml szerint megállapodást nem írtak alá.',
				people: 'Vlagyimir Putyin, Kim Dzsong-un',
				place: 'Vosztocsnij űrrepülőtér, Amuri terület'
			},
			en: {
				title: 'Putin–Kim summit at the Vostochny Cosmodrome',
				note: 'Talks covered military matters, the war and possible help with satellites. Kim invited Putin to Pyongyang. The Kremlin said no agreements were signed.',
				people: 'Vladimir Putin, Kim Jong Un',
				place: 'Vostochny Cosmodrome, Amur region'
			}
		}
	},
	'ev-2023-09-16-kim-meets-shoigu': {
		categories: ['visits', 'weapons'],
		explainer: 'meetings-knevichi',
		text: {
			hu: {
				title: 'Sojgu stratégiai bombázókat és Kinzsal rakétát mutat Kimnek Vlagyivosztok mellett',
				note: 'A Knyevicsi légibázison Tu-160-as, Tu-95-ös és Tu-22M3-as bombázókat, valamint Kinzsal hiperszonikus rakétát hordozó MiG-31-est láthatott; Kim a csendes-óceáni flottát is meglátogatta.',
				people: 'Kim Dzsong-un, Szergej Sojgu',
				place: 'Knyevicsi légibázis és Vlagyivosztok'
			},
			en: {
				title: 'Shoigu shows Kim strategic bombers and a Kinzhal missile near Vladivostok',
				note: 'At Knevichi airfield Kim saw Tu-160, Tu-95 and Tu-22M3 bombers and a MiG-31 carrying a Kinzhal hypersonic missile; he also visited the Pacific Fleet.',
				people: 'Kim Jong Un, Sergei Shoigu',
				place: 'Knevichi airfield and Vladivostok'
			}
		}
	},
	'ev-2023-10-05-rail-traffic': {
		categories: ['weapons'],
		explainer: 'first-visit-shipments',
		text: {
			hu: {
				title: 'Műholdképek: soha nem látott forgalom a tumangangi határállomáson',
				note: 'A CSIS elemzői mintegy 73 tehervagont számoltak; az előző öt év felvételein sosem volt ott több nagyjából 20-nál. A rakomány le volt takarva, tartalma nem látszott.',
				people: 'A CSIS Beyond Parallel elemzői',
				place: 'Tumangang vasúti határállomás (észak-koreai–orosz határ)'
			},
			en: {
				title: 'Satellite images show unprecedented traffic at the Tumangang border rail yard',
				note: 'CSIS analysts counted about 73 freight railcars, where five years of earlier images had never shown more than about 20. The cargo was covered, so its contents could not be seen.',
				people: 'CSIS Beyond Parallel analysts',
				place: 'Tumangang rail yard, North Korea–Russia border'
			}
		}
	},
	'ev-2023-10-13-1000-containers': {
		categories: ['weapons'],
		explainer: 'first-visit-shipments',
		text: {
			hu: {
				title: 'Fehér Ház: Észak-Korea több mint 1000 konténernyi hadianyagot és lőszert szállított Oroszországnak',
				note: 'A rakomány 2023. szeptember 7. és október 1. között hajón ment Nadzsinból Dunajba, onnan vasúton tovább. A dél-koreai védelmi minisztérium szerint ez több százezer tüzérségi lövedéknek felel meg.',
				people: 'John Kirby',
				place: 'Nadzsin (Észak-Korea) → Dunaj (Oroszország) → Tyihoreck'
			},
			en: {
				title: 'White House: North Korea has delivered more than 1,000 containers of military equipment and munitions',
				note: 'Shipped from Najin to Dunay between 7 September and 1 October 2023, then on by rail. South Korea’s defence ministry said this equalled hundreds of thousands of shells.',
				people: 'John Kirby',
				place: 'Najin (North Korea) → Dunay (Russia) → Tikhoretsk'
			}
		}
	},
	'ev-2023-10-18-lavrov-pyongyang': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Lavrov külügyminiszter Phenjanban, Kim Dzsong-un is fogadja',
				note: 'Tárgyalt Cshö Szon-hi külügyminiszterrel; a látogatás a diplomáciai kapcsolatok 75. évfordulójához kapcsolódott.',
				people: 'Szergej Lavrov, Kim Dzsong-un, Cshö Szon-hi',
				place: 'Phenjan'
			},
			en: {
				title: 'Foreign Minister Lavrov visits Pyongyang and meets Kim Jong Un',
				note: 'Talks with Foreign Minister Choe Son Hui; the trip marked the 75th anniversary of diplomatic relations.',
				people: 'Sergei Lavrov, Kim Jong Un, Choe Son Hui',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2023-11-15-igc-10': {
		categories: ['economy', 'visits'],
		text: {
			hu: {
				title: 'Phenjanban ülésezik az orosz–észak-koreai kormányközi bizottság (10. ülés)',
				note: 'Társelnökei: Alekszandr Kozlov, a természeti erőforrásokért felelős orosz miniszter, és Jun Dzsong-ho észak-koreai külgazdasági miniszter.',
				people: 'Alekszandr Kozlov, Jun Dzsong-ho',
				place: 'Phenjan'
			},
			en: {
				title: 'The Russia–North Korea intergovernmental commission meets in Pyongyang (10th session)',
				note: 'Co-chaired by Russia’s natural resources minister Alexander Kozlov and North Korea’s external economic relations minister Yun Jong Ho.',
				people: 'Alexander Kozlov, Yun Jong Ho',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2024-01-04-first-missiles': {
		categories: ['weapons'],
		explainer: 'first-visit-missiles',
		text: {
			hu: {
				title: 'Fehér Ház: Oroszország észak-koreai ballisztikus rakétákat lőtt ki Ukrajnára',
				note: 'Kirby szerint Észak-Korea indítóállványokat és rakétákat adott; az egyik rakéta 2023. december 30-án a Zaporizzsjai területen egy mezőn csapódott be, továbbiakat január 2-án vetettek be.',
				people: 'John Kirby',
				place: 'Washington; támadások Ukrajna ellen'
			},
			en: {
				title: 'White House: Russia has fired North Korean ballistic missiles at Ukraine',
				note: 'Kirby said North Korea had supplied launchers and missiles; one landed in a field in the Zaporizhzhia region on 30 December 2023, several more were used on 2 January.',
				people: 'John Kirby',
				place: 'Washington; strikes on Ukraine'
			}
		}
	},
	'ev-2024-01-15-choe-moscow': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Cshö Szon-hi külügyminiszter Moszkvában, Putyin is fogadja',
				note: 'Lavrovval arról tárgyalt, hogyan hajtsák végre a 2023. szeptemberi csúcson megbeszélteket, és átadta Kim meghívását Putyinnak.',
				people: 'Cshö Szon-hi, Szergej Lavrov, Vlagyimir Putyin',
				place: 'Moszkva'
			},
			en: {
				title: 'Foreign Minister Choe Son Hui visits Moscow and is received by Putin',
				note: 'Talks with Lavrov on carrying out what was agreed at the September 2023 summit; she passed on Kim’s invitation to Putin.',
				people: 'Choe Son Hui, Sergei Lavrov, Vladimir Putin',
				place: 'Moscow'
			}
		}
	},
	'ev-2024-03-28-poe-veto': {
		categories: ['diplomacy'],
		explainer: 'why-veto',
		text: {
			hu: {
				title: 'Oroszország megvétózza az Észak-Korea elleni szankciókat figyelő ENSZ-szakértői testület megbízatásának meghosszabbítását',
				note: 'A szavazás: 13 igen, Oroszország nem, Kína tartózkodott. A testület 2024 áprilisának végén megszűnt; a szankciók érvényben maradtak.',
				people: 'Vaszilij Nebenzja (Oroszország ENSZ-nagykövete)',
				place: 'ENSZ Biztonsági Tanács, New York'
			},
			en: {
				title: 'Russia vetoes the renewal of the UN panel that monitored sanctions on North Korea',
				note: 'The vote was 13 in favour, Russia against, China abstaining. The panel’s mandate expired at the end of April 2024; the sanctions stay in force.',
				people: 'Vassily Nebenzia (Russia’s UN ambassador)',
				place: 'UN Security Council, New York'
			}
		}
	},
	'ev-2024-05-12-shoigu-security-council': {
		categories: ['diplomacy'],
		explainer: 'meeting-who',
		text: {
			hu: {
				title: 'Putyin Sojgut nevezi ki a Biztonsági Tanács titkárává',
				note: 'Sojgu 2012 óta volt hadügyminiszter; a Biztonsági Tanácsban Nyikolaj Patrusevet váltotta. Az új hadügyminiszter Andrej Belouszov lett.',
				people: 'Vlagyimir Putyin, Szergej Sojgu, Nyikolaj Patrusev, Andrej Belouszov',
				place: 'Moszkva'
			},
			en: {
				title: 'Putin appoints Shoigu secretary of the Security Council',
				note: 'Shoigu had been defence minister since 2012; he replaced Nikolai Patrushev. Andrei Belousov became the new defence minister.',
				people: 'Vladimir Putin, Sergei Shoigu, Nikolai Patrushev, Andrei Belousov',
				place: 'Moscow'
			}
		}
	},
	'ev-2024-06-18-putin-pyongyang': {
		categories: ['visits'],
		explainer: 'meetings-putin',
		text: {
			hu: {
				title: 'Putyin állami látogatáson Phenjanban, 24 év után először',
				note: 'Előző útja 2000 júliusában volt. Gépe helyi idő szerint június 19-én hajnalban szállt le, így a tárgyalások és az aláírás is aznap zajlottak. Innen Vietnámba repült tovább.',
				people: 'Vlagyimir Putyin, Kim Dzsong-un',
				place: 'Phenjan'
			},
			en: {
				title: 'Putin makes a state visit to Pyongyang, his first in 24 years',
				note: 'His previous trip was in July 2000. His plane landed in the early hours of 19 June local time, so the talks and the signing took place that day. He flew on to Vietnam.',
				people: 'Vladimir Putin, Kim Jong Un',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2024-06-19-treaty-signed': {
		categories: ['diplomacy'],
		related: ['bg-1961-treaty'],
		explainer: 'treaty-article4',
		text: {
			hu: {
				title: 'Putyin és Kim aláírja az átfogó stratégiai partnerségi szerződést',
				note: 'A 4. cikk szerint, ha az egyik felet fegyveres támadás éri, a másik haladéktalanul katonai és egyéb segítséget nyújt (kölcsönös védelmi egyezmény). Jurij Usakov elnöki tanácsadó szerint a 2000-es szerződés helyébe lép; az 1961-es már 1995–96-ban megszűnt.',
				people: 'Vlagyimir Putyin, Kim Dzsong-un',
				place: 'Kumszuszan-rezidencia, Phenjan'
			},
			en: {
				title: 'Putin and Kim sign the Treaty on Comprehensive Strategic Partnership',
				note: 'Under Article 4, if one side comes under armed attack, the other gives military and other assistance without delay (a mutual-defence clause). According to Kremlin aide Yuri Ushakov it replaces the treaty of 2000; the 1961 treaty had already lapsed in 1995–96.',
				people: 'Vladimir Putin, Kim Jong Un',
				place: 'Kumsusan residence, Pyongyang'
			}
		}
	},
	'ev-2024-07-18-military-delegation': {
		categories: ['visits'],
		explainer: 'meetings-delegation',
		text: {
			hu: {
				title: 'Kim fogadja Alekszej Krivorucsko hadügyminiszter-helyettes katonai küldöttségét',
				note: 'Mindkét fél a katonai együttműködést hangsúlyozta „a kölcsönös biztonsági érdekek védelmében”.',
				people: 'Kim Dzsong-un, Alekszej Krivorucsko',
				place: 'Phenjan'
			},
			en: {
				title: 'Kim receives a military delegation led by Deputy Defence Minister Alexei Krivoruchko',
				note: 'Both sides stressed military cooperation “to defend mutual security interests”.',
				people: 'Kim Jong Un, Alexei Krivoruchko',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2024-09-13-shoigu-pyongyang': {
		categories: ['visits'],
		explainer: 'meeting',
		text: {
			hu: {
				title: 'Sojgu, a Biztonsági Tanács titkára, Phenjanban tárgyal Kim Dzsong-unnal',
				note: 'Ez a cikk eseménye. Az orosz Biztonsági Tanács „folyamatos stratégiai párbeszédnek” nevezte, és a júniusi csúcs megállapodásainak végrehajtásához kötötte. Sojgu kb. 14 hónap alatt másodszor járt Phenjanban.',
				people: 'Szergej Sojgu, Kim Dzsong-un',
				place: 'Phenjan'
			},
			en: {
				title: 'Shoigu, secretary of the Security Council, holds talks with Kim Jong Un in Pyongyang',
				note: 'The article’s event. Russia’s Security Council called it part of an “ongoing strategic dialogue” tied to the June summit agreements. It was Shoigu’s second Pyongyang trip in about 14 months.',
				people: 'Sergei Shoigu, Kim Jong Un',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2024-09-17-choe-lavrov': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Cshö Szon-hi Moszkvában találkozik Lavrovval',
				note: 'Egy szentpétervári női fórumra tartva állt meg Moszkvában; az orosz külügyminisztérium és az észak-koreai KCNA hírügynökség számolt be róla.',
				people: 'Cshö Szon-hi, Szergej Lavrov',
				place: 'Moszkva'
			},
			en: {
				title: 'Choe Son Hui meets Lavrov in Moscow',
				note: 'On her way to a women’s forum in St Petersburg; reported by Russia’s foreign ministry and North Korea’s KCNA news agency.',
				people: 'Choe Son Hui, Sergei Lavrov',
				place: 'Moscow'
			}
		}
	},
	'ev-2024-10-18-troops-revealed': {
		categories: ['troops'],
		explainer: 'flows-troops',
		text: {
			hu: {
				title: 'Dél-koreai hírszerzés: Észak-Korea katonákat küld Oroszországba',
				note: 'A NIS szerint 2024. október 8. és 13. között kb. 1500, különleges alakulatokhoz tartozó katonát szállítottak orosz hadihajók Vlagyivosztokba. A Jonhap a NIS-re hivatkozva mintegy 12 000 fős tervről írt, ezt a NIS az AFP-nek nem erősítette meg. Moszkva és Phenjan csak 2025 áprilisában ismerte el a bevetést.',
				people: 'Dél-Korea Nemzeti Hírszerző Szolgálata (NIS)',
				place: 'Észak-koreai kikötők → Vlagyivosztok; Szöul'
			},
			en: {
				title: 'South Korea’s intelligence service says North Korea has begun sending troops to Russia',
				note: 'The NIS said about 1,500 special forces were shipped to Vladivostok on Russian navy vessels on 8–13 October 2024. Yonhap, citing the NIS, reported about 12,000 planned, a figure the NIS would not confirm to AFP. Moscow and Pyongyang did not confirm the deployment until April 2025.',
				people: 'South Korea’s National Intelligence Service (NIS)',
				place: 'North Korean ports → Vladivostok; Seoul'
			}
		}
	},
	'ev-2024-10-24-duma-ratifies': {
		categories: ['diplomacy'],
		explainer: 'treaty-ratification',
		text: {
			hu: {
				title: 'Az orosz Állami Duma ratifikálja a partnerségi szerződést',
				note: 'Az orosz ratifikáció első lépése.',
				people: 'Állami Duma',
				place: 'Moszkva'
			},
			en: {
				title: 'Russia’s State Duma ratifies the partnership treaty',
				note: 'The first step of Russian ratification.',
				people: 'State Duma',
				place: 'Moscow'
			}
		}
	},
	'ev-2024-11-04-choe-putin': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Putyin a Kremlben fogadja Cshö Szon-hit',
				note: 'A külügyminiszter október 30-án érkezett; november 1-jén Lavrovval tárgyalt, és azt mondta, Észak-Korea „a győzelemig” kitart Oroszország mellett.',
				people: 'Vlagyimir Putyin, Cshö Szon-hi, Szergej Lavrov',
				place: 'Kreml, Moszkva'
			},
			en: {
				title: 'Putin receives Choe Son Hui in the Kremlin',
				note: 'She had arrived on 30 October and held talks with Lavrov on 1 November, saying North Korea would stand with Russia “until victory”.',
				people: 'Vladimir Putin, Choe Son Hui, Sergei Lavrov',
				place: 'Kremlin, Moscow'
			}
		}
	},
	'ev-2024-11-06-federation-council': {
		categories: ['diplomacy'],
		explainer: 'treaty-ratification',
		text: {
			hu: {
				title: 'A Szövetségi Tanács (az orosz felsőház) is jóváhagyja a szerződést',
				note: 'Putyin november 9-én írta alá a ratifikációs törvényt, Kim Dzsong-un november 11-én az észak-koreai ratifikációt.',
				people: 'Szövetségi Tanács; Vlagyimir Putyin; Kim Dzsong-un',
				place: 'Moszkva, Phenjan'
			},
			en: {
				title: 'Russia’s Federation Council (upper house) approves the treaty',
				note: 'Putin signed the ratification law on 9 November; Kim Jong Un signed North Korea’s ratification on 11 November.',
				people: 'Federation Council; Vladimir Putin; Kim Jong Un',
				place: 'Moscow, Pyongyang'
			}
		}
	},
	'ev-2024-11-18-kozlov-kim': {
		categories: ['economy', 'visits'],
		text: {
			hu: {
				title: 'Kim fogadja Kozlov orosz minisztert; a kormányközi bizottság együttműködési jegyzőkönyvet ír alá',
				note: 'A Korea Herald szerint először fordult elő, hogy észak-koreai vezető fogadta a bizottság orosz elnökét. A jegyzőkönyv további charterjáratokat is tartalmaz.',
				people: 'Kim Dzsong-un, Alekszandr Kozlov, Jun Dzsong-ho',
				place: 'Phenjan'
			},
			en: {
				title: 'Kim receives Russian minister Kozlov; the intergovernmental commission signs a cooperation protocol',
				note: 'The Korea Herald said it was the first time a North Korean leader had met the Russian head of the commission. The protocol included more charter flights.',
				people: 'Kim Jong Un, Alexander Kozlov, Yun Jong Ho',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2024-11-29-belousov-pyongyang': {
		categories: ['visits'],
		text: {
			hu: {
				title: 'Belouszov hadügyminiszter Phenjanban, Kim Dzsong-un is fogadja',
				note: 'No Kvang-csol észak-koreai hadügyminiszter fogadta; Kim megígérte, hogy továbbra is támogatja Oroszország háborús politikáját.',
				people: 'Andrej Belouszov, Kim Dzsong-un, No Kvang-csol',
				place: 'Phenjan'
			},
			en: {
				title: 'Defence Minister Belousov visits Pyongyang and meets Kim Jong Un',
				note: 'He was met by North Korea’s defence minister No Kwang Chol; Kim pledged continued support for Russia’s war policy.',
				people: 'Andrei Belousov, Kim Jong Un, No Kwang Chol',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2024-12-04-treaty-in-force': {
		categories: ['diplomacy'],
		explainer: 'after-treaty-in-force',
		text: {
			hu: {
				title: 'Hatályba lép a partnerségi szerződés',
				note: 'A ratifikációs okiratokat a két külügyminiszter-helyettes cserélte ki Moszkvában. Ugyanezen a napon megszűnt a 2000. február 9-i barátsági szerződés.',
				people: 'Andrej Rugyenko, Kim Dzsong-gju',
				place: 'Moszkva'
			},
			en: {
				title: 'The partnership treaty enters into force',
				note: 'The deputy foreign ministers exchanged the instruments of ratification in Moscow. The friendship treaty of 9 February 2000 lapsed the same day.',
				people: 'Andrei Rudenko, Kim Jong Gyu',
				place: 'Moscow'
			}
		}
	},
	'ev-2024-12-first-combat': {
		categories: ['troops'],
		explainer: 'after-kursk',
		text: {
			hu: {
				title: 'Pentagon: észak-koreai katonák harcolnak a Kurszki területen, és veszteségeik vannak',
				note: 'Ukrán egységek már december elején jelentettek összecsapásokat velük.',
				people: 'Pentagon (Pat Ryder vezérőrnagy)',
				place: 'Kurszki terület, Oroszország'
			},
			en: {
				title: 'Pentagon confirms North Korean troops are fighting in Russia’s Kursk region and taking casualties',
				note: 'Ukrainian units had reported clashes earlier in December.',
				people: 'Pentagon (Major General Pat Ryder)',
				place: 'Kursk region, Russia'
			}
		}
	},
	'ev-2025-02-27-second-wave': {
		categories: ['troops'],
		explainer: 'after-kursk',
		text: {
			hu: {
				title: 'NIS: az észak-koreai katonák február eleje óta ismét a kurszki fronton vannak; újabbak érkeztek',
				note: 'A NIS számot nem adott meg; dél-koreai lapok 1000–3000 új katonáról írtak.',
				people: 'Dél-Korea Nemzeti Hírszerző Szolgálata (NIS)',
				place: 'Kurszki terület'
			},
			en: {
				title: 'NIS: North Korean troops back on the Kursk front since early February; more have been sent',
				note: 'The NIS gave no number; South Korean media reported 1,000–3,000 new troops.',
				people: 'South Korea’s NIS',
				place: 'Kursk region'
			}
		}
	},
	'ev-2025-03-21-shoigu-pyongyang': {
		categories: ['visits'],
		explainer: 'after-visits',
		text: {
			hu: {
				title: 'Sojgu ismét Phenjanban, Putyin üzenetét viszi Kimnek',
				note: 'Szó volt az ukrajnai háborúról és Oroszország párbeszédéről a Trump-kormányzattal.',
				people: 'Szergej Sojgu, Kim Dzsong-un',
				place: 'Phenjan'
			},
			en: {
				title: 'Shoigu visits Pyongyang again with a message from Putin to Kim',
				note: 'Topics included the war in Ukraine and Russia’s dialogue with the Trump administration.',
				people: 'Sergei Shoigu, Kim Jong Un',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2025-04-26-russia-admits': {
		categories: ['troops'],
		explainer: 'after-acknowledged',
		text: {
			hu: {
				title: 'Oroszország először ismeri el az észak-koreai katonák jelenlétét',
				note: 'Valerij Geraszimov vezérkari főnök a Kurszki terület „felszabadításáról” számolt be. Kijev vitatta, hogy a területet teljesen visszafoglalták.',
				people: 'Valerij Geraszimov, Vlagyimir Putyin',
				place: 'Moszkva (videós eligazítás)'
			},
			en: {
				title: 'Russia acknowledges North Korean troops for the first time',
				note: 'Chief of the General Staff Valery Gerasimov reported Kursk “liberated”. Kyiv disputed that the region had been fully retaken.',
				people: 'Valery Gerasimov, Vladimir Putin',
				place: 'Moscow (video briefing)'
			}
		}
	},
	'ev-2025-04-28-dprk-admits': {
		categories: ['troops'],
		explainer: 'after-acknowledged',
		text: {
			hu: {
				title: 'Észak-Korea hivatalosan is elismeri, hogy katonákat küldött Kurszkba; Putyin megköszöni',
				note: 'A KCNA szerint észak-koreai egységek részt vettek a Kurszki terület visszafoglalásában. Putyin nyilvánosan köszönetet mondott Kimnek és a katonáknak.',
				people: 'KCNA / a Koreai Munkapárt Központi Katonai Bizottsága; Vlagyimir Putyin',
				place: 'Phenjan, Moszkva'
			},
			en: {
				title: 'North Korea officially confirms it sent troops to Kursk; Putin thanks Kim',
				note: 'KCNA said North Korean units had taken part in retaking Kursk. Putin publicly thanked Kim and the troops.',
				people: "KCNA / Workers’ Party Central Military Commission; Vladimir Putin",
				place: 'Pyongyang, Moscow'
			}
		}
	},
	'ev-2025-04-30-bridge': {
		categories: ['economy'],
		text: {
			hu: {
				title: 'Megkezdődik egy közúti híd építése a Tumen határfolyón',
				note: 'A híd a Reuters szerint mintegy 850 méteres, orosz hírügynökségek szerint kb. 1 kilométeres (a bekötőutakkal 4,7 km). Putyin 2024. júniusi látogatásán állapodtak meg róla; 2026-ra készülhet el, elkészültéről még nincs hír. Eddig csak az 1959-es vasúti híd kötötte össze a két országot.',
				people: 'Mihail Misusztyin (videón), Pak The-szong',
				place: 'Tumen folyó, Haszan–Tumangang'
			},
			en: {
				title: 'Construction starts on a road bridge across the Tumen River border',
				note: "About 850 m long according to Reuters, about 1 km according to Russian agencies (4.7 km with the approach roads). Agreed during Putin’s June 2024 visit; completion is expected in 2026, and no report of it has been found. Until now the only link has been the 1959 rail bridge.",
				people: 'Mikhail Mishustin (by video), Pak Thae Song',
				place: 'Tumen River, Khasan–Tumangang'
			}
		}
	},
	'ev-2025-06-04-shoigu-pyongyang': {
		categories: ['visits'],
		explainer: 'after-visits',
		text: {
			hu: {
				title: 'Sojgu egynapos látogatáson Phenjanban, Kimmel tárgyal',
				note: 'Második útja alig három hónap alatt.',
				people: 'Szergej Sojgu, Kim Dzsong-un',
				place: 'Phenjan'
			},
			en: {
				title: 'Shoigu makes a one-day visit to Pyongyang and meets Kim',
				note: 'His second trip in under three months.',
				people: 'Sergei Shoigu, Kim Jong Un',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2025-06-17-shoigu-pyongyang': {
		categories: ['visits', 'troops'],
		explainer: 'after-visits',
		text: {
			hu: {
				title: 'Sojgu újra Phenjanban: Kim 1000 aknamentesítőt és 5000 katonai építőmunkást küld Kurszkba',
				note: 'Harmadik útja mintegy három hónap alatt. Megállapodtak arról is, hogy emlékműveket állítanak a Kurszknál elesett észak-koreai katonáknak.',
				people: 'Szergej Sojgu, Kim Dzsong-un',
				place: 'Phenjan'
			},
			en: {
				title: 'Shoigu in Pyongyang again: Kim to send 1,000 deminers and 5,000 military builders to Kursk',
				note: 'His third visit in about three months. Memorials to North Korean soldiers who died in Kursk were also agreed.',
				people: 'Sergei Shoigu, Kim Jong Un',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2025-07-11-lavrov-wonsan': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Lavrov Észak-Koreában, a „stratégiai párbeszéd” második fordulóján; Kim is fogadja',
				note: 'Cshö Szon-hi külügyminiszterrel Vonszan üdülővárosában tárgyalt, és átadta Putyin üzenetét.',
				people: 'Szergej Lavrov, Cshö Szon-hi, Kim Dzsong-un',
				place: 'Vonszan-Kalma üdülőváros, Észak-Korea'
			},
			en: {
				title: 'Lavrov visits North Korea for a second round of “strategic dialogue” and meets Kim',
				note: 'Talks with Choe Son Hui at the Wonsan resort; Lavrov conveyed a message from Putin.',
				people: 'Sergei Lavrov, Choe Son Hui, Kim Jong Un',
				place: 'Wonsan-Kalma resort, North Korea'
			}
		}
	},
	'ev-2025-07-27-direct-flight': {
		categories: ['economy', 'visits'],
		text: {
			hu: {
				title: 'Elindul az első menetrend szerinti közvetlen járat Moszkva és Phenjan között',
				note: 'A Nordwind légitársaság gépén több mint 400 utas ült, köztük Alekszandr Kozlov miniszter küldöttsége; havi járatnak tervezik.',
				people: 'Nordwind Airlines; Alekszandr Kozlov',
				place: 'Moszkva-Seremetyjevo → Phenjan'
			},
			en: {
				title: 'The first regular direct flight between Moscow and Pyongyang',
				note: 'Over 400 passengers flew on the Nordwind Airlines plane, among them a delegation led by Minister Alexander Kozlov; the service is planned to run monthly.',
				people: 'Nordwind Airlines; Alexander Kozlov',
				place: 'Moscow Sheremetyevo → Pyongyang'
			}
		}
	},
	'ev-2025-08-14-volodin': {
		categories: ['visits'],
		text: {
			hu: {
				title: 'Volodin, az Állami Duma elnöke, küldöttséggel Phenjanban; Kim fogadja',
				note: 'Korea felszabadulásának 80. évfordulójára utazott. Putyin és Kim augusztus 12-én telefonon beszélt.',
				people: 'Vjacseszlav Volodin, Kim Dzsong-un',
				place: 'Phenjan'
			},
			en: {
				title: 'State Duma speaker Volodin leads a delegation to Pyongyang and meets Kim',
				note: 'For the 80th anniversary of Korea’s liberation. Putin and Kim had spoken by phone on 12 August.',
				people: 'Vyacheslav Volodin, Kim Jong Un',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2025-09-03-beijing-talks': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Putyin és Kim Pekingben tárgyal a kínai győzelmi díszszemle után',
				note: 'A második világháború végére emlékező díszszemle után találkoztak; Putyin megköszönte Észak-Koreának a katonákat.',
				people: 'Vlagyimir Putyin, Kim Dzsong-un',
				place: 'Tiaojütaj állami vendégház, Peking'
			},
			en: {
				title: 'Putin and Kim hold talks in Beijing after China’s victory parade',
				note: 'They met after the parade marking the end of the Second World War; Putin thanked North Korea for its troops.',
				people: 'Vladimir Putin, Kim Jong Un',
				place: 'Diaoyutai State Guesthouse, Beijing'
			}
		}
	},
	'ev-2025-10-08-medvedev': {
		categories: ['visits'],
		text: {
			hu: {
				title: 'Medvegyev a Koreai Munkapárt 80. évfordulóján Phenjanban',
				note: 'A Biztonsági Tanács elnökhelyettese az Egységes Oroszország párt küldöttségét vezette, és október 10-én a díszszemle fő tribünjén állt.',
				people: 'Dmitrij Medvegyev, Kim Dzsong-un',
				place: 'Phenjan'
			},
			en: {
				title: "Medvedev attends the Workers’ Party’s 80th anniversary in Pyongyang",
				note: 'The deputy chairman of the Security Council led a United Russia delegation and stood on the main tribune at the parade on 10 October.',
				people: 'Dmitry Medvedev, Kim Jong Un',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2025-10-27-choe-putin': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Putyin a Kremlben fogadja Cshö Szon-hit, aki Lavrovval is tárgyal',
				note: 'Cshö Szon-hi Szergej Lavrov külügyminiszterrel is tárgyalt.',
				people: 'Vlagyimir Putyin, Cshö Szon-hi, Szergej Lavrov',
				place: 'Kreml, Moszkva'
			},
			en: {
				title: 'Putin receives Choe Son Hui in the Kremlin; she also holds talks with Lavrov',
				note: 'She also held talks with Foreign Minister Sergei Lavrov.',
				people: 'Vladimir Putin, Choe Son Hui, Sergei Lavrov',
				place: 'Kremlin, Moscow'
			}
		}
	},
	'ev-2025-10-31-econ-committee': {
		categories: ['economy', 'visits'],
		text: {
			hu: {
				title: 'Phenjanban ülésezik az orosz–észak-koreai gazdasági bizottság',
				note: 'Kozlov és Jun Dzsong-ho vezetésével.',
				people: 'Alekszandr Kozlov, Jun Dzsong-ho',
				place: 'Phenjan'
			},
			en: {
				title: 'The Russia–North Korea economic committee meets in Pyongyang',
				note: 'Led by Kozlov and Yun Jong Ho.',
				people: 'Alexander Kozlov, Yun Jong Ho',
				place: 'Pyongyang'
			}
		}
	},
	'ev-2024-03-25-naryshkin': {
		categories: ['visits'],
		text: {
			hu: {
				title: 'Nariskin, az orosz külföldi hírszerzés vezetője Phenjanban tárgyal',
				note: 'Ri Csang-de állambiztonsági miniszterrel tárgyalt. Ez volt az első hivatalosan bejelentett látogatása a külföldi hírszerzés (SZVR) igazgatójának Észak-Koreában.',
				people: 'Szergej Nariskin, Ri Csang-de',
				place: 'Phenjan',
			},
			en: {
				title: "Russia’s foreign intelligence chief Naryshkin holds talks in Pyongyang",
				note: 'He met State Security Minister Ri Chang Dae. It was the first officially announced visit of a director of the foreign intelligence service (SVR) to North Korea.',
				people: 'Sergei Naryshkin, Ri Chang Dae',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2025-05-27-ri-chang-dae': {
		categories: ['visits'],
		explainer: 'after-visits',
		text: {
			hu: {
				title: 'Ri Csang-de észak-koreai állambiztonsági miniszter Moszkvában, Sojgunál',
				note: 'Biztonságpolitikai vezetők nemzetközi találkozójára utazott, ahol Sojgu kétoldalú tárgyalásokat folytatott a küldöttségekkel.',
				people: 'Ri Csang-de, Szergej Sojgu',
				place: 'Moszkva',
			},
			en: {
				title: "North Korea’s state security minister Ri Chang Dae in Moscow for talks with Shoigu",
				note: 'He attended an international meeting of senior security officials, where Shoigu held talks with the delegations.',
				people: 'Ri Chang Dae, Sergei Shoigu',
				place: 'Moscow',
			}
		}
	},
	'ev-2025-06-28-lyubimova': {
		categories: ['visits'],
		explainer: 'after-visits',
		text: {
			hu: {
				title: 'Kim fogadja Olga Ljubimova orosz kulturális minisztert a szerződés első évfordulóján',
				note: 'A két kulturális minisztérium együttműködési tervet írt alá 2025–2027-re.',
				people: 'Olga Ljubimova, Kim Dzsong-un, Szung Dzsong-gju',
				place: 'Phenjan',
			},
			en: {
				title: "Kim receives Russia’s culture minister Olga Lyubimova on the treaty’s first anniversary",
				note: 'The two culture ministries signed a cooperation plan for 2025–2027.',
				people: 'Olga Lyubimova, Kim Jong Un, Sung Jong Gyu',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2025-09-08-art-exhibition': {
		categories: ['visits', 'diplomacy'],
		text: {
			hu: {
				title: 'Sojgu és a két kulturális miniszter észak-koreai képzőművészeti kiállítást nyit Moszkvában',
				note: '123 mű, köztük a Kurszki területen harcoló észak-koreai katonákat ábrázoló festmények. Jelen volt Szung Dzsong-gju észak-koreai kulturális miniszter is.',
				people: 'Szergej Sojgu, Olga Ljubimova, Szung Dzsong-gju',
				place: 'Összoroszországi Díszítőművészeti Múzeum, Moszkva',
			},
			en: {
				title: 'Shoigu and the two culture ministers open an exhibition of North Korean art in Moscow',
				note: "123 works, among them paintings of North Korean soldiers fighting in the Kursk region. North Korea’s culture minister Sung Jong Gyu attended.",
				people: 'Sergei Shoigu, Olga Lyubimova, Sung Jong Gyu',
				place: 'All-Russian Museum of Decorative Art, Moscow',
			}
		}
	},
	'ev-2025-10-13-victory-museum': {
		categories: ['diplomacy', 'troops'],
		text: {
			hu: {
				title: 'A moszkvai Győzelmi Múzeum „Vállvetve” címmel kiállítást nyit az orosz–észak-koreai kapcsolatokról',
				note: 'Külön rész szól a Kurszki területen harcoló észak-koreai katonákról. A megnyitón részt vett Szin Hong-csol, Észak-Korea moszkvai nagykövete.',
				people: 'Szin Hong-csol',
				place: 'Győzelmi Múzeum, Moszkva',
			},
			en: {
				title: "Moscow’s Victory Museum opens “Shoulder to Shoulder”, an exhibition on Russia–North Korea ties",
				note: "One section is about the North Korean soldiers who fought in the Kursk region. North Korea’s ambassador Sin Hong Chol attended the opening.",
				people: 'Sin Hong Chol',
				place: 'Victory Museum, Moscow',
			}
		}
	},
	'ev-2025-10-23-museum-groundbreaking': {
		categories: ['troops', 'diplomacy'],
		explainer: 'after-acknowledged',
		text: {
			hu: {
				title: 'Kim Phenjanban lerakja a Kurszkban harcolt katonák emlékmúzeumának alapjait',
				note: 'Jelen volt Alekszandr Macegora orosz nagykövet. Kim azt mondta: „Phenjan mindig Moszkvával lesz.”',
				people: 'Kim Dzsong-un, Alekszandr Macegora',
				place: 'Phenjan',
			},
			en: {
				title: 'Kim breaks ground in Pyongyang for a memorial museum to the troops who fought in Kursk',
				note: "Russia’s ambassador Alexandr Matsegora attended. Kim said: “Pyongyang will always be with Moscow.”",
				people: 'Kim Jong Un, Alexandr Matsegora',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2025-11-04-nis-troops': {
		categories: ['troops'],
		explainer: 'after-kursk',
		text: {
			hu: {
				title: 'Dél-koreai hírszerzés: mintegy 10 000 észak-koreai katona továbbra is az orosz–ukrán határ közelében állomásozik',
				note: 'Egy képviselő a hírszerzés (NIS) tájékoztatója után elmondta: szeptember óta szakaszosan mintegy 5000 katonai építő érkezett Oroszországba, és újabb kiküldés jelei látszanak. Hírszerzési becslés.',
				people: 'Dél-Korea Nemzeti Hírszerző Szolgálata (NIS)',
				place: 'Szöul',
			},
			en: {
				title: "South Korea’s intelligence service: about 10,000 North Korean troops are still deployed near the Russia–Ukraine border",
				note: 'A lawmaker said after the NIS briefing that about 5,000 military construction troops had moved to Russia in phases since September, and that there were signs of further deployments. An intelligence estimate.',
				people: "South Korea’s National Intelligence Service (NIS)",
				place: 'Seoul',
			}
		}
	},
	'ev-2025-11-27-igc-12': {
		categories: ['economy', 'visits'],
		text: {
			hu: {
				title: 'Moszkvában ülésezik az orosz–észak-koreai kormányközi bizottság, 12. alkalommal',
				note: 'Kozlov később azt mondta, a következő ülés 2026 novemberében lesz Phenjanban.',
				people: 'Alekszandr Kozlov, Jun Dzsong-ho',
				place: 'Moszkva',
			},
			en: {
				title: 'The Russia–North Korea intergovernmental commission holds its 12th session in Moscow',
				note: 'Kozlov later said the next session would be held in Pyongyang in November 2026.',
				people: 'Alexander Kozlov, Yun Jong Ho',
				place: 'Moscow',
			}
		}
	},
	'ev-2025-12-12-engineers-return': {
		categories: ['troops'],
		explainer: 'after-kursk',
		text: {
			hu: {
				title: 'Hazatérnek a Kurszki területen aknát mentesítő észak-koreai műszakiak; Kim kilenc halottat ismer el',
				note: 'Az 528. műszaki ezred mintegy 1000 katonája augusztus elején indult. Peszkov november 14-én megköszönte az észak-koreai aknaszedők munkáját; december elején az orosz fél szerint mintegy 42 400 hektárt mentesítettek.',
				people: 'Kim Dzsong-un',
				place: 'Phenjan',
			},
			en: {
				title: 'North Korean army engineers return from clearing mines in the Kursk region; Kim acknowledges nine dead',
				note: 'About 1,000 soldiers of the 528th Engineer Regiment had left in early August. Peskov thanked the North Korean sappers on 14 November; by early December Russia said they had cleared about 42,400 hectares.',
				people: 'Kim Jong Un',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2025-12-18-new-year-messages': {
		categories: ['diplomacy'],
		text: {
			hu: {
				title: 'Putyin és Kim újévi üzenetei a kurszki harcokban részt vett katonákat dicsérik',
				note: 'Putyin december 18-i üzenete, amelyet a KCNA december 25-én közölt, „hősiesnek” nevezte az észak-koreai katonák részvételét. Kim december 27-i válasza szerint a két ország szövetsége „a vér, az élet és a halál közös vállalása ugyanabban a lövészárokban”.',
				people: 'Vlagyimir Putyin, Kim Dzsong-un',
				place: 'Moszkva, Phenjan',
			},
			en: {
				title: "Putin and Kim exchange New Year messages praising the troops’ part in the Kursk fighting",
				note: "Putin’s message of 18 December, published by KCNA on 25 December, called the North Korean soldiers’ part “heroic”. Kim’s reply of 27 December called the ties an alliance “of sharing blood, life and death in the same trench”.",
				people: 'Vladimir Putin, Kim Jong Un',
				place: 'Moscow, Pyongyang',
			}
		}
	},
	'ev-2025-12-31-kim-troops-message': {
		categories: ['troops'],
		explainer: 'after-kursk',
		text: {
			hu: {
				title: 'Kim újévi üzenete a „külföldi hadműveleti egységeknek”: az észak-koreai katonák 2026 elején is külföldön vannak',
				note: 'Kim a hazájuktól távol harcoló katonákat köszöntötte az új év alkalmából: „Mögöttetek áll Phenjan és Moszkva.” A KCNA 2026. január 1-jén közölte az üzenetet.',
				people: 'Kim Dzsong-un',
				place: 'Phenjan',
			},
			en: {
				title: "Kim’s New Year message to the “overseas operations units”: North Korean troops are still abroad as 2026 begins",
				note: "Kim greeted the soldiers “fighting far from your homeland” for the New Year: “Behind you are Pyongyang and Moscow.” KCNA published the message on 1 January 2026.",
				people: 'Kim Jong Un',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2026-01-05-museum-site': {
		categories: ['troops'],
		text: {
			hu: {
				title: 'Kim megszemléli a kurszki katonák emlékmúzeumának építkezését',
				note: 'A KCNA szerint fákat is ültetett a múzeum területén.',
				people: 'Kim Dzsong-un',
				place: 'Phenjan',
			},
			en: {
				title: 'Kim inspects the building site of the museum to the Kursk troops',
				note: 'According to KCNA he also planted trees on the museum grounds.',
				people: 'Kim Jong Un',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2026-02-19-wpk-congress': {
		categories: ['diplomacy'],
		text: {
			hu: {
				title: 'A Koreai Munkapárt IX. kongresszusa újraválasztja Kimet főtitkárnak',
				note: 'Az első kongresszus 2021 óta. Orosz küldöttség részvételéről egyik forrás sem számol be.',
				people: 'Kim Dzsong-un',
				place: 'Phenjan',
			},
			en: {
				title: "The Workers’ Party of Korea holds its Ninth Congress and re-elects Kim as general secretary",
				note: 'The first congress since 2021. No source reports a Russian delegation.',
				people: 'Kim Jong Un',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2026-03-16-museum-inspection': {
		categories: ['troops'],
		text: {
			hu: {
				title: 'Kim újra megszemléli az emlékmúzeumot: 93 százalékban kész, Kurszk „felszabadításának” első évfordulóján nyílik',
				note: 'Az évforduló 2026. április végére esik. A megnyitásról csak egy gyenge forrás szól, ezért az nem szerepel az idővonalon.',
				people: 'Kim Dzsong-un',
				place: 'Phenjan',
			},
			en: {
				title: "Kim inspects the memorial museum again: 93% complete, to open on the first anniversary of Kursk’s “liberation”",
				note: 'That anniversary falls in late April 2026. Only a weak source reports the opening, so it is not on this timeline.',
				people: 'Kim Jong Un',
				place: 'Pyongyang',
			}
		}
	},
	'ev-2025-03-21-yun-moscow': {
		categories: ['visits', 'economy'],
		text: {
			hu: {
				title: 'Jun Dzsong-ho észak-koreai külgazdasági miniszter küldöttséget vezet Moszkvába',
				note: 'A kereskedelmi és gazdasági kormányközi bizottság keretében tárgyalt; az orosz társelnök Alekszandr Kozlov miniszter.',
				people: 'Jun Dzsong-ho, Alekszandr Kozlov',
				place: 'Moszkva'
			},
			en: {
				title: "North Korea’s foreign economic relations minister Yun Jong Ho leads a delegation to Moscow",
				note: 'Talks within the intergovernmental commission on trade and economic cooperation, whose Russian co-chair is Minister Alexander Kozlov.',
				people: 'Yun Jong Ho, Alexander Kozlov',
				place: 'Moscow'
			}
		}
	}
};
