import type { Source } from './types';

/**
 * The facts the guide states, by their id in the shared fact sheet (`facts.json`), with up to two
 * of the sources listed there. Copied, not re-researched: the fact sheet is the only allowed source.
 */
export const factSources = {
	'bg-1961-treaty': [
		{
			publisher: 'United Nations Treaty Series No. 6045 (text via DocumentCloud)',
			date: '1961-07-06',
			url: 'https://assets.documentcloud.org/documents/3005971/1961-Treaty-of-Friendship-Cooperation-and-Mutual.txt'
		},
		{
			publisher: 'D. M. Gibler, International Military Alliances 1648-2008 (CQ Press), via issuhub',
			date: '2009',
			url: 'https://issuhub.com/view/index/23326?pageIndex=491'
		}
	],
	'bg-putin-2000-visit': [
		{
			publisher: 'ABC News',
			date: '2000-07-19',
			url: 'https://abcnews.go.com/International/story?id=83114'
		},
		{
			publisher: "People's Daily Online",
			date: '2000-07-20',
			url: 'http://en.people.cn/english/200007/20/print20000720_45976.html'
		}
	],
	'bg-1961-vs-2024': [
		{
			publisher: 'Meduza',
			date: '2024-06-20',
			url: 'https://meduza.io./en/feature/2024/06/20/putin-and-kim-jong-un-s-mutual-defense-pact-uses-language-nearly-identical-to-the-ussr-s-1961-treaty-with-north-korea'
		}
	],
	'bg-2000-treaty': [
		{ publisher: 'TASS', date: '2024-12-05', url: 'https://tass.com/world/1882445' },
		{
			publisher: 'Interfax',
			date: '2024-12-05',
			url: 'https://interfax.com/newsroom/top-stories/108291/'
		}
	],
	'bg-shoigu-roles': [
		{
			publisher: 'The Moscow Times',
			date: 'undated',
			url: 'http://www.themoscowtimes.com/mt_profile/sergei_shoigu/433931.html'
		},
		{
			publisher: 'Infogalactic (Wikipedia mirror)',
			date: 'undated',
			url: 'https://www.infogalactic.com/info/Sergey_Shoygu'
		}
	],
	'bg-2019-first-summit': [
		{
			publisher: 'CNN',
			date: '2019-04-25',
			url: 'https://edition.cnn.com/asia/live-news/kim-jong-un-vladimir-putin-summit-intl/index.html'
		},
		{
			publisher: 'Sputnik',
			date: '2023-09-15',
			url: 'https://sputnikglobe.com/20230915/kim-jong-uns-train-arrives-at-railway-station-in-russian-city-of-komsomolsk-on-amur-1113383905.html'
		}
	],
	'bg-152mm': [
		{
			publisher: 'Espreso TV (citing The Washington Post)',
			date: '2023-09',
			url: 'https://global.espreso.tv/artillery-shortages-may-drive-russias-potential-deal-with-north-korea'
		},
		{
			publisher: 'Army Recognition',
			date: '2024-02',
			url: 'https://armyrecognition.com/news/army-news/army-news-2024/half-of-russian-artillery-shells-from-north-korea-proven-inoperable'
		}
	],
	'bg-russian-ammo-demand': [
		{
			publisher: 'RUSI',
			date: '2023-09',
			url: 'https://www.rusi.org/news-and-comment/in-the-news/north-koreas-kim-jong-un-meet-putin-russia-coming-days'
		},
		{
			publisher: 'Espreso TV (citing The Washington Post)',
			date: '2023-09',
			url: 'https://global.espreso.tv/artillery-shortages-may-drive-russias-potential-deal-with-north-korea'
		}
	],
	'bg-what-dprk-gets': [
		{
			publisher: 'Politico Europe',
			date: '2024-02-27',
			url: 'https://www.politico.eu/article/north-korea-munitions-russia-vladimir-putin-war-ukraine/'
		},
		{
			publisher: 'City Telegraph',
			date: '2024-02',
			url: 'https://citytelegraph.com/news/146832/north-korea-shipped-over-3-million-artillery-shells-to-russia'
		}
	],
	'bg-shipments-timing': [
		{
			publisher: 'DW (AFP, AP)',
			date: '2023-10-13',
			url: 'https://www.dw.com/en/ukraine-north-korea-supplied-weapons-to-moscow-says-us/a-67094805'
		},
		{
			publisher: 'Radio Free Asia',
			date: '2024-07-29',
			url: 'https://rfa.org/english/news/korea/north-korea-munitions-production-ukraine-russia-07292024131858.html'
		}
	],
	'ev-2022-02-24-invasion': [
		{
			publisher: 'WION',
			date: '2022-07-14',
			url: 'https://www.wionews.com/world/ukraine-slams-north-korea-for-recognising-independence-of-pro-russian-breakaway-regions-497164'
		},
		{
			publisher: 'BusinessLIVE (Reuters)',
			date: '2022-07-13',
			url: 'https://www.businesslive.co.za/bd/world/asia/2022-07-13-ukraine-cuts-ties-after-north-korea-recognises-breakaway-regions/'
		}
	],
	'ev-2022-11-02-covert-shells': [
		{
			publisher: 'Censor.NET (Ukrinform)',
			date: '2022-11-02',
			url: 'https://m.censor.net/en/news/3377875/north_korea_supplies_large_shipments_of_artillery_shells_to_russia_white_house'
		},
		{
			publisher: 'The Daily Ripple',
			date: '2022-11-02',
			url: 'https://thedailyripple.org/index.php/component/content/article/94-defense/984912-us-accuses-north-korea-of-secret-ammunition-shipments-to-russia'
		}
	],
	'ev-2022-12-22-wagner-delivery': [
		{
			publisher: 'Axios',
			date: '2022-12-22',
			url: 'https://www.axios.com/2022/12/22/us-north-korea-russia-wagner-mercenaries-ukraine'
		},
		{
			publisher: 'UPI',
			date: '2022-12-22',
			url: 'https://www.upi.com/Top_News/US/2022/12/22/us-believes-north-korea-delivered-missiles-rockets-russia-wagner-group/2771671755744/'
		}
	],
	'ev-2023-07-25-shoigu-pyongyang': [
		{
			publisher: 'Al Arabiya (AFP)',
			date: '2023-07-25',
			url: 'https://english.alarabiya.net/News/world/2023/07/25/Russian-Defense-Minister-Shoigu-arrives-in-North-Korea-'
		},
		{
			publisher: 'UrduPoint (Sputnik)',
			date: '2023-07-25',
			url: 'https://www.urdupoint.com/en/world/russian-military-delegation-headed-by-shoigu-1729072.html'
		}
	],
	'ev-2023-09-13-vostochny-summit': [
		{
			publisher: 'Union Leader (Reuters)',
			date: '2023-09-13',
			url: 'https://www.unionleader.com/news/military/putin-and-north-koreas-kim-discuss-military-matters-ukraine-war-and-satellites/article_2a593c8a-44e9-53e0-87af-4a7b50d19a68.html'
		},
		{
			publisher: 'CNN',
			date: '2023-09-14',
			url: 'https://www.cnn.com/europe/live-news/russia-ukraine-war-news-09-14-23/index.html'
		}
	],
	'ev-2023-09-16-kim-meets-shoigu': [
		{
			publisher: 'The Guardian (live blog, Reuters copy)',
			date: '2023-09-16',
			url: 'https://www.theguardian.com/world/live/2023/sep/16/russia-ukraine-war-live-kim-jong-un-meets-russias-defence-minister-and-inspects-nuclear-capable-bombers'
		},
		{
			publisher: 'The Japan News / Yomiuri (Reuters)',
			date: '2023-09-17',
			url: 'https://japannews.yomiuri.co.jp/news-services/reuters/20230917-137224'
		}
	],
	'ev-2023-10-13-1000-containers': [
		{
			publisher: 'DW (AFP, AP)',
			date: '2023-10-13',
			url: 'https://www.dw.com/en/ukraine-north-korea-supplied-weapons-to-moscow-says-us/a-67094805'
		},
		{
			publisher: 'KBS World Radio (Yonhap)',
			date: '2023-10-13',
			url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181077'
		}
	],
	'ev-2024-01-04-first-missiles': [
		{
			publisher: 'KUNA via MENAFN',
			date: '2024-01-04',
			url: 'https://menafn.com/1107686670/US-Accuses-Russia-Of-Firing-N-Korean-Made-Ballistic-Missiles-Into-Ukraine'
		},
		{
			publisher: 'WION',
			date: '2024-01-04',
			url: 'https://www.wionews.com/world/us-claims-north-korea-supplied-russia-with-missiles-for-ukraine-attacks-676691'
		}
	],
	'ev-2024-03-28-poe-veto': [
		{
			publisher: 'Associated Press (via Local News 8)',
			date: '2024-03-28',
			url: 'https://localnews8.com/news/ap-national/2024/03/28/russia-vetoes-un-resolution-abolishing-monitoring-of-un-sanctions-against-north-korea-by-un-experts/'
		},
		{
			publisher: 'TAG24 (AFP)',
			date: '2024-03-28',
			url: 'https://www.tag24.com/world/russia/russia-ends-monitoring-of-uns-north-korea-sanctions-amid-reports-of-arms-transfers-3143332'
		}
	],
	'ev-2024-05-12-shoigu-security-council': [
		{
			publisher: 'Devdiscourse (PTI)',
			date: '2024-05-13',
			url: 'https://www.devdiscourse.com/article/politics/2936073-putin-consolidates-power-appoints-shoigu-as-security-council-head'
		},
		{
			publisher: 'Ukrainska Pravda',
			date: '2024-05-14',
			url: 'https://www.pravda.com.ua/eng/news/2024/05/14/7455817/'
		}
	],
	'ev-2024-06-18-putin-pyongyang': [
		{
			publisher: 'The Tribune, India (Reuters)',
			date: '2024-06-18',
			url: 'https://www.tribuneindia.com/news/world/vladimir-putin-to-visit-north-korea-today-may-sign-deal-631890'
		},
		{
			publisher: 'The Financial Express, Bangladesh (AFP)',
			date: '2024-06-19',
			url: 'https://today.thefinancialexpress.com.bd/world/putin-kim-sign-strategic-partnership-treaty-1718808236?amp=true'
		}
	],
	'ev-2024-06-19-treaty-signed': [
		{
			publisher: 'NHK World',
			date: '2024-06-20',
			url: 'https://www3.nhk.or.jp/nhkworld/en/news/20240620_09'
		},
		{
			publisher: 'KCNA (via KCNA Watch)',
			date: '2024-06-20',
			url: 'https://kcnawatch.org/newstream/1718870859-459880358/dprk-russia-treaty-on-comprehensive-strategic-partnership'
		}
	],
	'ev-2024-07-18-military-delegation': [
		{
			publisher: 'Sputnik',
			date: '2024-07-18',
			url: 'https://sputnikglobe.com/20240718/kim-jong-un-receives-russian-military-delegation-led-by-deputy-defense-chief---state-media-1119426015.html'
		},
		{
			publisher: 'China Daily Hong Kong (Xinhua)',
			date: '2024-07-19',
			url: 'https://chinadailyhk.com/hk/article/588446'
		}
	],
	'ev-2024-09-13-shoigu-pyongyang': [
		{
			publisher: 'TRT World (Anadolu)',
			date: '2024-09-13',
			url: 'https://www.trtworld.com/article/18207373'
		},
		{
			publisher: 'Business Recorder (Reuters)',
			date: '2024-09-13',
			url: 'https://www.brecorder.com/news/40322310/russias-sergei-shoigu-meets-north-koreas-kim-in-pyongyang'
		}
	],
	'ev-2024-10-18-troops-revealed': [
		{
			publisher: 'KBS World Radio (Yonhap)',
			date: '2024-10-18',
			url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188549'
		},
		{
			publisher: 'KBS World Radio (Yonhap)',
			date: '2024-10-18',
			url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188550'
		}
	],
	'ev-2024-11-29-belousov-pyongyang': [
		{
			publisher: 'The Independent (AP)',
			date: '2024-11-29',
			url: 'https://www.independent.co.uk/news/ap-north-korea-south-korea-seoul-vladimir-putin-b2655794.html'
		},
		{
			publisher: 'The Kyiv Independent',
			date: '2024-11-29',
			url: 'https://kyivindependent.com/russian-defense-minister-arrives-in-north-korea-for-state-visit/'
		}
	],
	'ev-2024-12-04-treaty-in-force': [
		{ publisher: 'TASS', date: '2024-12-05', url: 'https://tass.com/world/1882445' },
		{
			publisher: 'Interfax',
			date: '2024-12-05',
			url: 'https://interfax.com/newsroom/top-stories/108291/'
		}
	],
	'ev-2025-03-21-shoigu-pyongyang': [
		{
			publisher: 'Dayton Daily News (AP)',
			date: '2025-03-21',
			url: 'https://www.daytondailynews.com/nation-world/top-russian-official-meets-north-koreas-kim-and-thanks-him-for-support-in-ukraine-war/TG25RWKUUBHBZHJGKFKKBSLLTE/'
		},
		{
			publisher: 'Mehr News Agency (AP/TASS)',
			date: '2025-03-21',
			url: 'https://en.mehrnews.com/news/229824/Russia-s-top-security-official-Shoigu-arrives-in-North-Korea'
		}
	],
	'ev-2025-04-26-russia-admits': [
		{
			publisher: 'Politico Europe',
			date: '2025-04-26',
			url: 'https://www.politico.eu/article/kremlin-claims-complete-liberation-kursk-admits-north-korea-assistance-ukraine-war/'
		},
		{
			publisher: 'NK News',
			date: '2025-04-26',
			url: 'https://www.nknews.org/2025/04/in-a-first-russia-confirms-north-koreas-involvement-in-ukraine-war/'
		}
	],
	'ev-2025-04-28-dprk-admits': [
		{
			publisher: 'Politico Europe',
			date: '2025-04-28',
			url: 'https://www.politico.eu/article/north-korea-sent-troops-fight-russia-ukraine/'
		},
		{
			publisher: 'upday (PA/AP)',
			date: '2025-04-30',
			url: 'https://www.upday.com/uk/about-4-700-north-korea-soldiers-killed-or-wounded-fighting-for-russia'
		}
	],
	'ev-2025-06-04-shoigu-pyongyang': [
		{
			publisher: 'The Korea Herald (Yonhap)',
			date: '2025-06-04',
			url: 'https://www.koreaherald.com/article/10502228'
		},
		{
			publisher: 'The Moscow Times',
			date: '2025-06-04',
			url: 'https://www.themoscowtimes.com/2025/06/04/russian-security-chief-in-pyongyang-for-talks-with-kim-jong-un-a89328'
		}
	],
	'ev-2025-06-17-shoigu-pyongyang': [
		{
			publisher: 'The Korea Herald (Yonhap)',
			date: '2025-06-17',
			url: 'https://www.koreaherald.com/article/10511565'
		},
		{
			publisher: 'NK News',
			date: '2025-06-17',
			url: 'https://www.nknews.org/2025/06/kim-jong-un-to-send-6k-military-workers-to-rebuild-russias-kursk-shoigu/'
		}
	],
	'se-shells-rok-2023-11-01': [
		{
			publisher: "L'essentiel",
			date: '2023-11-01',
			url: 'https://www.lessentiel.lu/de/story/geheimdienst-nordkorea-liefert-russland-ueber-eine-million-artilleriegeschosse-264221743705'
		},
		{
			publisher: 'City Telegraph',
			date: '2024-02',
			url: 'https://citytelegraph.com/news/146832/north-korea-shipped-over-3-million-artillery-shells-to-russia'
		}
	],
	'se-shells-rok-2024-02-26': [
		{
			publisher: 'Politico Europe',
			date: '2024-02-27',
			url: 'https://www.politico.eu/article/north-korea-munitions-russia-vladimir-putin-war-ukraine/'
		},
		{
			publisher: 'RBC-Ukraine',
			date: '2024-02-27',
			url: 'https://newsukraine.rbc.ua/news/north-korea-sends-russia-millions-of-shells-1709068934.html'
		}
	],
	'se-shells-rok-2024-06-14': [
		{
			publisher: 'Euromaidan Press',
			date: '2024-06-14',
			url: 'https://euromaidanpress.com/2024/06/14/seoul-says-pyongyang-sent-million-artillery-shells-to-russia-and-will-send-more/'
		},
		{
			publisher: 'UNN',
			date: '2024-06-14',
			url: 'https://unn.ua/en/news/kim-jong-un-sends-millions-of-artillery-shells-to-russia-bloomberg'
		}
	],
	'se-shells-rok-2024-07-15': [
		{
			publisher: 'Radio Free Asia',
			date: '2024-07-29',
			url: 'https://rfa.org/english/news/korea/north-korea-munitions-production-ukraine-russia-07292024131858.html'
		}
	],
	'se-shells-rok-2024-08-27': [
		{
			publisher: 'The Kyiv Independent',
			date: '2024-08-27',
			url: 'https://kyivindependent.com/north-korea-could-have-sent-over-6-million-artillery-shells-to-russia-seoul-says/'
		},
		{
			publisher: 'Euromaidan Press',
			date: '2024-08-27',
			url: 'https://euromaidanpress.com/2024/08/27/north-koreas-arms-shipments-to-russia-surge-intelligence-report-reveals/'
		}
	],
	'se-shells-rok-2024-09': [
		{
			publisher: 'Korea News Digest (Yonhap)',
			date: '2024 (after October; exact date not shown)',
			url: 'https://www.koreanewsdigest.com/n-korean-artillery-shells-supplied-to-russia-appear-to-be-poor-in-quality-report/'
		}
	],
	'se-shells-rok-2025-06-26': [
		{
			publisher: 'Interfax-Ukraine',
			date: '2025-06-26',
			url: 'https://en.interfax.com.ua/news/general/1083066.html'
		}
	],
	'se-shells-rok-2025-07-13': [
		{
			publisher: 'MENAFN',
			date: '2025-07-13',
			url: 'https://menafn.com/1109793351/N-Korea-Delivers-Over-12M-Artillery-Shells-to-Russia'
		},
		{
			publisher: 'The Defense News (thedefensenews.com)',
			date: '2025-07',
			url: 'https://www.thedefensenews.com/news-details/North-Korea-Sends-Over-12-Million-Artillery-Shells-to-Russia'
		}
	],
	'se-cont-us-2023-10-13': [
		{
			publisher: 'DW (AFP, AP)',
			date: '2023-10-13',
			url: 'https://www.dw.com/en/ukraine-north-korea-supplied-weapons-to-moscow-says-us/a-67094805'
		},
		{
			publisher: 'KBS World Radio (Yonhap)',
			date: '2023-10-13',
			url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181077'
		}
	],
	'se-shells-ua-2024-02-23': [
		{
			publisher: 'American Military News (Radio Free Asia)',
			date: '2024-03',
			url: 'https://americanmilitarynews.com/2024/03/ukraine-military-official-half-of-all-north-korean-shells-are-duds/'
		},
		{
			publisher: 'Army Recognition',
			date: '2024-02',
			url: 'https://armyrecognition.com/news/army-news/army-news-2024/half-of-russian-artillery-shells-from-north-korea-proven-inoperable'
		}
	],
	'se-trade-2023': [
		{ publisher: 'TASS', date: '2024-06-17', url: 'https://tass.com/economy/1804561' },
		{
			publisher: 'RIA Novosti (via Dzen)',
			date: '2024-06-17',
			url: 'https://dzen.ru/a/ZnBGnoNlOGbMdBWe'
		}
	],
	'bg-unsc-1718': [
		{
			publisher: 'United Nations (press release SC/8853)',
			date: '2006-10-14',
			url: 'https://press.un.org/en/2006/sc8853.doc.htm'
		},
		{ publisher: 'UN News', date: '2010-06', url: 'https://news.un.org/en/story/2010/06/341032' }
	]
} as const satisfies Record<string, readonly Source[]>;

export type FactId = keyof typeof factSources;
