import type { FactSource, SourcedFact } from './source-types';

/**
 * The facts the explainer cites, copied from the shared fact sheet (facts.json) with their sources,
 * by the same ids. sources.spec.ts checks the copy against the sheet when the sheet is available.
 */
export const facts: Record<string, SourcedFact> = {
	'bg-152mm': {
		date: '2023-09',
		confidence: 'high',
		sources: [
			{
				publisher: 'Espreso TV (citing The Washington Post)',
				date: '2023-09',
				url: 'https://global.espreso.tv/artillery-shortages-may-drive-russias-potential-deal-with-north-korea'
			},
			{
				publisher: 'Army Recognition',
				date: '2024-02',
				url: 'https://armyrecognition.com/news/army-news/army-news-2024/half-of-russian-artillery-shells-from-north-korea-proven-inoperable'
			},
			{
				publisher: 'Politico Europe',
				date: '2024-02-27',
				url: 'https://www.politico.eu/article/north-korea-munitions-russia-vladimir-putin-war-ukraine/'
			},
			{
				publisher: 'NewsNet Daily',
				date: '2022-09',
				url: 'https://newsnetdaily.com/russia-buys-millions-of-rockets-and-artillery-from-north-korea-for-invasion-of-ukraine-us/'
			}
		] satisfies FactSource[]
	},
	'bg-1961-treaty': {
		date: '1961-07-06',
		confidence: 'high',
		sources: [
			{
				publisher: 'United Nations Treaty Series No. 6045 (text via DocumentCloud)',
				date: '1961-07-06',
				url: 'https://assets.documentcloud.org/documents/3005971/1961-Treaty-of-Friendship-Cooperation-and-Mutual.txt'
			},
			{
				publisher:
					'D. M. Gibler, International Military Alliances 1648-2008 (CQ Press), via issuhub',
				date: '2009',
				url: 'https://issuhub.com/view/index/23326?pageIndex=491'
			},
			{
				publisher: 'Meduza',
				date: '2024-06-20',
				url: 'https://meduza.io./en/feature/2024/06/20/putin-and-kim-jong-un-s-mutual-defense-pact-uses-language-nearly-identical-to-the-ussr-s-1961-treaty-with-north-korea'
			},
			{
				publisher: 'Real Time 1960s',
				date: 'undated',
				url: 'https://www.realtime1960s.com/post/real-time-1960s-soviets-cozy-up-to-north-korea'
			}
		] satisfies FactSource[]
	},
	'bg-1961-vs-2024': {
		date: '2024-06-20',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Meduza',
				date: '2024-06-20',
				url: 'https://meduza.io./en/feature/2024/06/20/putin-and-kim-jong-un-s-mutual-defense-pact-uses-language-nearly-identical-to-the-ussr-s-1961-treaty-with-north-korea'
			}
		] satisfies FactSource[]
	},
	'bg-2000-treaty': {
		date: '2000-02-09',
		confidence: 'high',
		sources: [
			{ publisher: 'TASS', date: '2024-12-05', url: 'https://tass.com/world/1882445' },
			{
				publisher: 'Interfax',
				date: '2024-12-05',
				url: 'https://interfax.com/newsroom/top-stories/108291/'
			}
		] satisfies FactSource[]
	},
	'bg-2019-first-summit': {
		date: '2019-04-25',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'bg-arms-value': {
		date: '2024-10-28',
		confidence: 'low',
		sources: [
			{
				publisher: 'A News',
				date: '2024-10-28',
				url: 'https://anews.com.tr/world/2024/10/28/study-puts-north-koreas-arms-deliveries-to-russia-at-up-to-55bn'
			},
			{
				publisher: 'YTN',
				date: '2024-12-29',
				url: 'https://m.ytn.co.kr/en/news_view.php?key=202412290108540681&s_mcd=0104'
			}
		] satisfies FactSource[]
	},
	'bg-poe': {
		date: '2024-04-30',
		confidence: 'high',
		sources: [
			{ publisher: 'UN News', date: '2010-06', url: 'https://news.un.org/en/story/2010/06/341032' },
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
		] satisfies FactSource[]
	},
	'bg-putin-2000-visit': {
		date: '2000-07-19',
		confidence: 'high',
		sources: [
			{
				publisher: 'ABC News',
				date: '2000-07-19',
				url: 'https://abcnews.go.com/International/story?id=83114'
			},
			{
				publisher: "People's Daily Online",
				date: '2000-07-20',
				url: 'http://en.people.cn/english/200007/20/print20000720_45976.html'
			},
			{
				publisher: 'President of Russia (Kremlin website)',
				date: '2000-07-19',
				url: 'http://en.kremlin.ru/events/president/news/38435/print'
			},
			{
				publisher: 'President of Russia (Kremlin website)',
				date: '2001-08-04',
				url: 'http://en.special.kremlin.ru/events/president/news/41779'
			}
		] satisfies FactSource[]
	},
	'bg-russian-ammo-demand': {
		date: '2023-09',
		confidence: 'medium',
		sources: [
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
		] satisfies FactSource[]
	},
	'bg-shipments-timing': {
		date: '2023-09',
		confidence: 'high',
		sources: [
			{
				publisher: 'DW (AFP, AP)',
				date: '2023-10-13',
				url: 'https://www.dw.com/en/ukraine-north-korea-supplied-weapons-to-moscow-says-us/a-67094805'
			},
			{
				publisher: 'Radio Free Asia',
				date: '2024-07-29',
				url: 'https://rfa.org/english/news/korea/north-korea-munitions-production-ukraine-russia-07292024131858.html'
			},
			{
				publisher: 'Axios',
				date: '2022-12-22',
				url: 'https://www.axios.com/2022/12/22/us-north-korea-russia-wagner-mercenaries-ukraine'
			},
			{
				publisher: 'Censor.NET (Ukrinform)',
				date: '2022-11-02',
				url: 'https://m.censor.net/en/news/3377875/north_korea_supplies_large_shipments_of_artillery_shells_to_russia_white_house'
			}
		] satisfies FactSource[]
	},
	'bg-shoigu-roles': {
		date: '1955-05-21',
		confidence: 'high',
		sources: [
			{
				publisher: 'The Moscow Times',
				date: 'undated',
				url: 'http://www.themoscowtimes.com/mt_profile/sergei_shoigu/433931.html'
			},
			{
				publisher: 'Infogalactic (Wikipedia mirror)',
				date: 'undated',
				url: 'https://www.infogalactic.com/info/Sergey_Shoygu'
			},
			{
				publisher: 'The Tribune, India',
				date: '2024-05-14',
				url: 'https://www.tribuneindia.com/news/world/putins-economic-adviser-to-handle-defence-ministry-621027'
			},
			{
				publisher: 'Devdiscourse (PTI)',
				date: '2024-05-13',
				url: 'https://www.devdiscourse.com/article/politics/2936073-putin-consolidates-power-appoints-shoigu-as-security-council-head'
			}
		] satisfies FactSource[]
	},
	'bg-unsc-1718': {
		date: '2006-10-14',
		confidence: 'high',
		sources: [
			{
				publisher: 'United Nations (press release SC/8853)',
				date: '2006-10-14',
				url: 'https://press.un.org/en/2006/sc8853.doc.htm'
			},
			{ publisher: 'UN News', date: '2010-06', url: 'https://news.un.org/en/story/2010/06/341032' },
			{
				publisher: 'Yonhap via Cambodia Tribune',
				date: '2024-02',
				url: 'http://cambodiatribune.com/2nd-ld-n-korea-has-sent-more-than-10000-containers-of-munitions-materials-to-russia-since-sept-state-dept/'
			}
		] satisfies FactSource[]
	},
	'bg-what-dprk-gets': {
		date: '2025-04-30',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Politico Europe',
				date: '2024-02-27',
				url: 'https://www.politico.eu/article/north-korea-munitions-russia-vladimir-putin-war-ukraine/'
			},
			{
				publisher: 'City Telegraph',
				date: '2024-02',
				url: 'https://citytelegraph.com/news/146832/north-korea-shipped-over-3-million-artillery-shells-to-russia'
			},
			{
				publisher: 'UNN (Yonhap)',
				date: '2025-04-30',
				url: 'https://unn.ua/en/news/about-600-north-korean-soldiers-died-in-battles-for-russia-in-ukraine-seoul'
			},
			{
				publisher: 'DW (AFP, AP)',
				date: '2023-10-13',
				url: 'https://www.dw.com/en/ukraine-north-korea-supplied-weapons-to-moscow-says-us/a-67094805'
			}
		] satisfies FactSource[]
	},
	'ev-2022-02-24-invasion': {
		date: '2022-02-24',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'ev-2022-03-02-unga-vote': {
		date: '2022-03-02',
		confidence: 'high',
		sources: [
			{
				publisher: 'i (inews.co.uk)',
				date: '2022-03-02',
				url: 'https://inews.co.uk/news/un-russia-vote-full-voting-breakdown-north-korea-syria-back-putin-ukraine-invasion-1494907'
			},
			{
				publisher: 'The World Insider',
				date: '2022-03',
				url: 'https://theworldinsider.com/141-countries-vote-to-condemn-russia-over-ukraine-at-un'
			}
		] satisfies FactSource[]
	},
	'ev-2023-07-25-shoigu-pyongyang': {
		date: '2023-07-25',
		confidence: 'high',
		sources: [
			{
				publisher: 'Al Arabiya (AFP)',
				date: '2023-07-25',
				url: 'https://english.alarabiya.net/News/world/2023/07/25/Russian-Defense-Minister-Shoigu-arrives-in-North-Korea-'
			},
			{
				publisher: 'UrduPoint (Sputnik)',
				date: '2023-07-25',
				url: 'https://www.urdupoint.com/en/world/russian-military-delegation-headed-by-shoigu-1729072.html'
			},
			{
				publisher: 'KCNA (Korean Central News Agency)',
				date: '2023-07-27',
				url: 'http://www.kcna.kp/en/article/q/aa41568334781eb1afd7508a4a5ed883.kcmsf'
			},
			{
				publisher: 'Mehr News Agency',
				date: '2023-07-27',
				url: 'https://en.mehrnews.com/news/203845/Kim-Jong-Un-meets-Russian-defence-chief-showcases-missiles'
			},
			{
				publisher: 'i24NEWS (AFP)',
				date: '2023-07-27',
				url: 'https://www.i24news.tv/en/news/international/asia-pacific/1690437871-n-korea-s-kim-shows-new-military-drones-ballistic-missiles-to-russian-dm'
			}
		] satisfies FactSource[]
	},
	'ev-2023-09-12-kim-russia-trip': {
		date: '2023-09-12',
		confidence: 'high',
		sources: [
			{
				publisher: 'Union Leader (Reuters)',
				date: '2023-09-13',
				url: 'https://www.unionleader.com/news/military/putin-and-north-koreas-kim-discuss-military-matters-ukraine-war-and-satellites/article_2a593c8a-44e9-53e0-87af-4a7b50d19a68.html'
			},
			{
				publisher: 'Sputnik',
				date: '2023-09-15',
				url: 'https://sputnikglobe.com/20230915/kim-jong-uns-train-arrives-at-railway-station-in-russian-city-of-komsomolsk-on-amur-1113383905.html'
			},
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
		] satisfies FactSource[]
	},
	'ev-2023-09-13-vostochny-summit': {
		date: '2023-09-13',
		confidence: 'high',
		sources: [
			{
				publisher: 'Union Leader (Reuters)',
				date: '2023-09-13',
				url: 'https://www.unionleader.com/news/military/putin-and-north-koreas-kim-discuss-military-matters-ukraine-war-and-satellites/article_2a593c8a-44e9-53e0-87af-4a7b50d19a68.html'
			},
			{
				publisher: 'CNN',
				date: '2023-09-14',
				url: 'https://www.cnn.com/europe/live-news/russia-ukraine-war-news-09-14-23/index.html'
			},
			{
				publisher: 'The Guardian (live blog, Reuters copy)',
				date: '2023-09-16',
				url: 'https://www.theguardian.com/world/live/2023/sep/16/russia-ukraine-war-live-kim-jong-un-meets-russias-defence-minister-and-inspects-nuclear-capable-bombers'
			}
		] satisfies FactSource[]
	},
	'ev-2023-09-16-kim-meets-shoigu': {
		date: '2023-09-16',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'ev-2023-10-05-rail-traffic': {
		date: '2023-10-05',
		confidence: 'medium',
		sources: [
			{
				publisher: 'CSIS Beyond Parallel',
				date: '2023-10',
				url: 'https://beyondparallel.csis.org/dramatic-increase-in-dprk-russia-border-rail-traffic-after-kim-putin-summit/'
			},
			{
				publisher: 'Meduza',
				date: '2023-10-08',
				url: 'https://meduza.io/en/news/2023/10/08/satellite-imagery-shows-unprecedented-number-of-freight-cars-near-north-korea-russia-border'
			}
		] satisfies FactSource[]
	},
	'ev-2023-10-18-lavrov-pyongyang': {
		date: '2023-10-18',
		confidence: 'high',
		sources: [
			{
				publisher: 'The Korea Herald (Yonhap)',
				date: '2023-10-18',
				url: 'https://www.koreaherald.com/view.php?ud=20231018000816'
			},
			{
				publisher: 'The Business Standard (Reuters)',
				date: '2023-10-19',
				url: 'https://www.tbsnews.net/world/lavrov-meets-north-koreas-kim-jong-un-russian-foreign-ministry-722298'
			},
			{
				publisher: "People's Daily Online (Xinhua)",
				date: '2023-10-20',
				url: 'http://en.people.cn/n3/2023/1020/c90000-20086935.html'
			},
			{ publisher: 'TASS', date: '2024-01-14', url: 'https://tass.com/russia/1732027/amp' }
		] satisfies FactSource[]
	},
	'ev-2024-01-04-first-missiles': {
		date: '2024-01-04',
		confidence: 'high',
		sources: [
			{
				publisher: 'KUNA via MENAFN',
				date: '2024-01-04',
				url: 'https://menafn.com/1107686670/US-Accuses-Russia-Of-Firing-N-Korean-Made-Ballistic-Missiles-Into-Ukraine'
			},
			{
				publisher: 'WION',
				date: '2024-01-04',
				url: 'https://www.wionews.com/world/us-claims-north-korea-supplied-russia-with-missiles-for-ukraine-attacks-676691'
			},
			{
				publisher: 'Svidomi',
				date: '2024-01',
				url: 'https://svidomi.in.ua/en/page/russia-used-north-korean-missiles-in-ukraine-on-january-6-white-house'
			}
		] satisfies FactSource[]
	},
	'ev-2024-01-15-choe-moscow': {
		date: '2024-01-15',
		confidence: 'high',
		sources: [
			{ publisher: 'TASS', date: '2024-01-14', url: 'https://tass.com/russia/1732027/amp' },
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2024-01',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=183124'
			}
		] satisfies FactSource[]
	},
	'ev-2024-03-28-poe-veto': {
		date: '2024-03-28',
		confidence: 'high',
		sources: [
			{
				publisher: 'Associated Press (via Local News 8)',
				date: '2024-03-28',
				url: 'https://localnews8.com/news/ap-national/2024/03/28/russia-vetoes-un-resolution-abolishing-monitoring-of-un-sanctions-against-north-korea-by-un-experts/'
			},
			{
				publisher: 'TAG24 (AFP)',
				date: '2024-03-28',
				url: 'https://www.tag24.com/world/russia/russia-ends-monitoring-of-uns-north-korea-sanctions-amid-reports-of-arms-transfers-3143332'
			},
			{
				publisher: 'The Tribune, India (AP)',
				date: '2024-03-29',
				url: 'https://www.tribuneindia.com/news/world/russia-vetoes-monitoring-of-un-curbs-against-north-korea-605135'
			}
		] satisfies FactSource[]
	},
	'ev-2024-05-12-shoigu-security-council': {
		date: '2024-05-12',
		confidence: 'high',
		sources: [
			{
				publisher: 'Devdiscourse (PTI)',
				date: '2024-05-13',
				url: 'https://www.devdiscourse.com/article/politics/2936073-putin-consolidates-power-appoints-shoigu-as-security-council-head'
			},
			{
				publisher: 'Ukrainska Pravda',
				date: '2024-05-14',
				url: 'https://www.pravda.com.ua/eng/news/2024/05/14/7455817/'
			},
			{
				publisher: 'The Tribune, India',
				date: '2024-05-14',
				url: 'https://www.tribuneindia.com/news/world/putins-economic-adviser-to-handle-defence-ministry-621027'
			}
		] satisfies FactSource[]
	},
	'ev-2024-06-18-putin-pyongyang': {
		date: '2024-06-18',
		confidence: 'high',
		sources: [
			{
				publisher: 'The Tribune, India (Reuters)',
				date: '2024-06-18',
				url: 'https://www.tribuneindia.com/news/world/vladimir-putin-to-visit-north-korea-today-may-sign-deal-631890'
			},
			{
				publisher: 'The Financial Express, Bangladesh (AFP)',
				date: '2024-06-19',
				url: 'https://today.thefinancialexpress.com.bd/world/putin-kim-sign-strategic-partnership-treaty-1718808236?amp=true'
			},
			{
				publisher: 'TAG24',
				date: '2024-06-19',
				url: 'https://www.tag24.com/world/russia/russia-and-north-korea-sign-major-new-deal-as-putin-and-kim-exchange-gushing-praise-3221890'
			},
			{
				publisher: 'MIA (dpa)',
				date: '2024-06-19',
				url: 'https://mia.mk/en/story/putin-kim-sign-new-agreement-on-russianorth-korea-ties'
			},
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2024-06-19',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186145'
			}
		] satisfies FactSource[]
	},
	'ev-2024-06-19-treaty-signed': {
		date: '2024-06-19',
		confidence: 'high',
		sources: [
			{
				publisher: 'NHK World',
				date: '2024-06-20',
				url: 'https://www3.nhk.or.jp/nhkworld/en/news/20240620_09'
			},
			{
				publisher: 'KCNA (via KCNA Watch)',
				date: '2024-06-20',
				url: 'https://kcnawatch.org/newstream/1718870859-459880358/dprk-russia-treaty-on-comprehensive-strategic-partnership'
			},
			{ publisher: 'TASS', date: '2024-06-17', url: 'https://tass.com/politics/1804627/amp' },
			{
				publisher: 'The Financial Express, Bangladesh (AFP)',
				date: '2024-06-19',
				url: 'https://today.thefinancialexpress.com.bd/world/putin-kim-sign-strategic-partnership-treaty-1718808236?amp=true'
			}
		] satisfies FactSource[]
	},
	'ev-2024-07-18-military-delegation': {
		date: '2024-07-18',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'ev-2024-09-13-shoigu-pyongyang': {
		date: '2024-09-13',
		confidence: 'high',
		sources: [
			{
				publisher: 'TRT World (Anadolu)',
				date: '2024-09-13',
				url: 'https://www.trtworld.com/article/18207373'
			},
			{
				publisher: 'Business Recorder (Reuters)',
				date: '2024-09-13',
				url: 'https://www.brecorder.com/news/40322310/russias-sergei-shoigu-meets-north-koreas-kim-in-pyongyang'
			},
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2024-09-13',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=187922'
			},
			{
				publisher: 'UAWire',
				date: '2024-09',
				url: 'https://uawire.org/strengthening-alliances-russian-security-chief-shoygu-meets-kim-jong-un-in-north-korea'
			}
		] satisfies FactSource[]
	},
	'ev-2024-10-18-troops-revealed': {
		date: '2024-10-18',
		confidence: 'high',
		sources: [
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2024-10-18',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188549'
			},
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2024-10-18',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188550'
			},
			{
				publisher: 'The Nation, Pakistan (AFP)',
				date: '2024-10-19',
				url: 'https://www.nation.com.pk/19-Oct-2024/n-korea-sending-12-000-soldiers-for-russia-s-war-in-ukraine'
			}
		] satisfies FactSource[]
	},
	'ev-2024-10-24-duma-ratifies': {
		date: '2024-10-24',
		confidence: 'high',
		sources: [
			{
				publisher: 'Daily Mail (Reuters wire)',
				date: '2024-10-24',
				url: 'https://www.dailymail.co.uk/wires/reuters/article-13995869/Russian-parliament-votes-ratify-North-Korea-partnership-treaty.html'
			},
			{
				publisher: 'State Duma of the Russian Federation',
				date: '2024-10-24',
				url: 'http://duma.gov.ru/news/60239'
			}
		] satisfies FactSource[]
	},
	'ev-2024-11-06-federation-council': {
		date: '2024-11-06',
		confidence: 'high',
		sources: [
			{
				publisher: 'Interfax',
				date: '2024-11-06',
				url: 'https://interfax.com/newsroom/top-stories/107423/'
			},
			{
				publisher: 'The Japan News / Yomiuri (Reuters)',
				date: '2024-11-06',
				url: 'https://japannews.yomiuri.co.jp/news-services/reuters/20241106-221032/'
			},
			{
				publisher: 'MENAFN',
				date: '2024-11-13',
				url: 'https://menafn.com/1108881233/N-Korea-approves-landmark-agreement-with-Russia'
			},
			{ publisher: 'TASS', date: '2024-12-05', url: 'https://tass.com/world/1882445' }
		] satisfies FactSource[]
	},
	'ev-2024-11-29-belousov-pyongyang': {
		date: '2024-11-29',
		confidence: 'high',
		sources: [
			{
				publisher: 'The Independent (AP)',
				date: '2024-11-29',
				url: 'https://www.independent.co.uk/news/ap-north-korea-south-korea-seoul-vladimir-putin-b2655794.html'
			},
			{
				publisher: 'The Kyiv Independent',
				date: '2024-11-29',
				url: 'https://kyivindependent.com/russian-defense-minister-arrives-in-north-korea-for-state-visit/'
			},
			{
				publisher: 'The Korea Herald',
				date: '2024-12-01',
				url: 'https://www.koreaherald.com/view.php?ud=20241201050042'
			}
		] satisfies FactSource[]
	},
	'ev-2024-12-04-treaty-in-force': {
		date: '2024-12-04',
		confidence: 'high',
		sources: [
			{ publisher: 'TASS', date: '2024-12-05', url: 'https://tass.com/world/1882445' },
			{
				publisher: 'Interfax',
				date: '2024-12-05',
				url: 'https://interfax.com/newsroom/top-stories/108291/'
			}
		] satisfies FactSource[]
	},
	'ev-2024-12-first-combat': {
		date: '2024-12-16',
		confidence: 'medium',
		sources: [
			{
				publisher: 'The Kyiv Independent',
				date: '2024-12-19',
				url: 'https://kyivindependent.com/ukraines-special-forces-report-killing-12-north-korean-soldiers-in-kursk-oblast/'
			},
			{
				publisher: 'The Asahi Shimbun (Reuters)',
				date: '2024-12-20',
				url: 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/15558015'
			}
		] satisfies FactSource[]
	},
	'ev-2025-03-21-shoigu-pyongyang': {
		date: '2025-03-21',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'ev-2025-04-26-russia-admits': {
		date: '2025-04-26',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'ev-2025-04-28-dprk-admits': {
		date: '2025-04-28',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'ev-2025-04-30-bridge': {
		date: '2025-04-30',
		confidence: 'high',
		sources: [
			{
				publisher: 'Korea JoongAng Daily (Yonhap)',
				date: '2025-04-30',
				url: 'https://koreajoongangdaily.joins.com/news/2025-04-30/national/northKorea/North-Korea-Russia-start-construction-on-Tumen-River-bridge/2297573'
			},
			{
				publisher: 'AsiaOne (Reuters)',
				date: '2025-04-30',
				url: 'https://www.asiaone.com/world/russia-begins-building-road-bridge-north-korea-pm-says'
			}
		] satisfies FactSource[]
	},
	'ev-2025-06-04-shoigu-pyongyang': {
		date: '2025-06-04',
		confidence: 'high',
		sources: [
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
		] satisfies FactSource[]
	},
	'ev-2025-06-17-shoigu-pyongyang': {
		date: '2025-06-17',
		confidence: 'high',
		sources: [
			{
				publisher: 'The Korea Herald (Yonhap)',
				date: '2025-06-17',
				url: 'https://www.koreaherald.com/article/10511565'
			},
			{
				publisher: 'NK News',
				date: '2025-06-17',
				url: 'https://www.nknews.org/2025/06/kim-jong-un-to-send-6k-military-workers-to-rebuild-russias-kursk-shoigu/'
			},
			{
				publisher: 'Izvestia',
				date: '2025-06-17',
				url: 'https://en.iz.ru/en/1905025/2025-06-17/shoigu-behalf-putin-arrived-pyongyang-meet-kim-jong-un'
			}
		] satisfies FactSource[]
	},
	'ev-2025-09-03-beijing-talks': {
		date: '2025-09-03',
		confidence: 'high',
		sources: [
			{
				publisher: 'Mint (AFP)',
				date: '2025-09-03',
				url: 'https://www.livemint.com/news/world/russia-north-korea-fighting-together-against-modern-nazism-putin-tells-kim-jong-un-11756879465444.html'
			},
			{
				publisher: 'Newsmax',
				date: '2025-09-03',
				url: 'https://www.newsmax.com/world/globaltalk/russia-north-korea-putin/2025/09/03/id/1224870/'
			}
		] satisfies FactSource[]
	},
	'se-cas-nis-2025-04-30': {
		date: '2025-04-30',
		confidence: 'high',
		sources: [
			{
				publisher: 'Millennium Post (AP)',
				date: '2025-04-30',
				url: 'https://www.millenniumpost.in/world/more-than-4000-north-korean-soldiers-fought-against-ukraine-forces-608750'
			},
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2025-04-30',
				url: 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=192744&lang=e'
			},
			{
				publisher: 'upday (PA/AP)',
				date: '2025-04-30',
				url: 'https://www.upday.com/uk/about-4-700-north-korea-soldiers-killed-or-wounded-fighting-for-russia'
			}
		] satisfies FactSource[]
	},
	'se-cont-rok-2024-09': {
		date: '2024-09',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Korea News Digest (Yonhap)',
				date: '2024 (after October; exact date not shown)',
				url: 'https://www.koreanewsdigest.com/n-korean-artillery-shells-supplied-to-russia-appear-to-be-poor-in-quality-report/'
			}
		] satisfies FactSource[]
	},
	'se-cont-us-2023-10-13': {
		date: '2023-10-13',
		confidence: 'medium',
		sources: [
			{
				publisher: 'DW (AFP, AP)',
				date: '2023-10-13',
				url: 'https://www.dw.com/en/ukraine-north-korea-supplied-weapons-to-moscow-says-us/a-67094805'
			},
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2023-10-13',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181077'
			},
			{
				publisher: 'The Daily Beast',
				date: '2023-10-13',
				url: 'https://www.thedailybeast.com/us-intel-reveals-north-korea-delivered-arms-to-russia-for-ukraine-war'
			}
		] satisfies FactSource[]
	},
	'se-cont-us-2024-02-23': {
		date: '2024-02-23',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Yonhap via Cambodia Tribune',
				date: '2024-02',
				url: 'http://cambodiatribune.com/2nd-ld-n-korea-has-sent-more-than-10000-containers-of-munitions-materials-to-russia-since-sept-state-dept/'
			},
			{
				publisher: 'Ukrainian News Agency',
				date: '2024-02',
				url: 'https://ukranews.com/en/news/986994-north-korea-sent-over-10-000-containers-of-ammunition-to-russia-since-september-us-department-of'
			}
		] satisfies FactSource[]
	},
	'se-missiles-2024-05-07': {
		date: '2024-05-07',
		confidence: 'medium',
		sources: [
			{
				publisher: 'The New Voice of Ukraine (via Yahoo News)',
				date: '2024-05',
				url: 'https://au.news.yahoo.com/half-north-korean-missiles-used-234300388.html'
			}
		] satisfies FactSource[]
	},
	'se-missiles-2024-09-04': {
		date: '2024-09-04',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Yonhap (via Myanmar News Gazette)',
				date: '2024-09-04',
				url: 'https://myanmarnewsgazette.com/russia-has-procured-over-16500-containers-of-munitions-related-materiel-from-n-korea-since-last-sept-u-s-official'
			}
		] satisfies FactSource[]
	},
	'se-missiles-2024-12-02': {
		date: '2024-12-02',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Korea JoongAng Daily',
				date: '2024-12-03',
				url: 'https://koreajoongangdaily.joins.com/news/2024-12-03/national/diplomacy/60-North-Korean-ballistic-missiles-used-against-Ukraine-Kyiv-intel/2191702'
			},
			{
				publisher: 'g-novosti.in.ua',
				date: '2024-12-04',
				url: 'https://g-novosti.in.ua/en/aktualno-2/kislitsa-v-2024-godu-tret-zapuschennyih-1'
			}
		] satisfies FactSource[]
	},
	'se-share-ua-2025-07-12': {
		date: '2025-07-12',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Korea JoongAng Daily',
				date: '2025-07-12',
				url: 'https://koreajoongangdaily.joins.com/news/2025-07-12/national/northKorea/North-Korea-supplies-40-of-Russias-ammunition-Ukrainian-intel-chief-tells-Bloomberg/2351244'
			}
		] satisfies FactSource[]
	},
	'se-shells-rok-2024-09': {
		date: '2024-09',
		confidence: 'medium',
		sources: [
			{
				publisher: 'Korea News Digest (Yonhap)',
				date: '2024 (after October; exact date not shown)',
				url: 'https://www.koreanewsdigest.com/n-korean-artillery-shells-supplied-to-russia-appear-to-be-poor-in-quality-report/'
			}
		] satisfies FactSource[]
	},
	'se-trade-2023': {
		date: '2023',
		confidence: 'medium',
		sources: [
			{ publisher: 'TASS', date: '2024-06-17', url: 'https://tass.com/economy/1804561' },
			{
				publisher: 'RIA Novosti (via Dzen)',
				date: '2024-06-17',
				url: 'https://dzen.ru/a/ZnBGnoNlOGbMdBWe'
			}
		] satisfies FactSource[]
	},
	'se-troops-2024-10-18': {
		date: '2024-10-18',
		confidence: 'medium',
		sources: [
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2024-10-18',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188550'
			},
			{
				publisher: 'The Nation, Pakistan (AFP)',
				date: '2024-10-19',
				url: 'https://www.nation.com.pk/19-Oct-2024/n-korea-sending-12-000-soldiers-for-russia-s-war-in-ukraine'
			}
		] satisfies FactSource[]
	},
	'se-troops-2024-11-04': {
		date: '2024-11-04',
		confidence: 'high',
		sources: [
			{
				publisher: 'Inquirer.net (AFP)',
				date: '2024-11-04',
				url: 'https://globalnation.inquirer.net/254406/about-2000-more-north-korea-troops-in-russias-kursk-pentagon/amp'
			},
			{
				publisher: 'Korea JoongAng Daily (Yonhap)',
				date: '2024-12-24',
				url: 'https://koreajoongangdaily.joins.com/news/2024-12-24/national/northKorea/More-than-3000-North-Korean-troops-killed-or-wounded-in-Russias-Kursk-region-Zelensky-says/2207941'
			},
			{
				publisher: 'Babel',
				date: '2024-12-19',
				url: 'https://babel.ua/en/news/113750-south-korean-intelligence-almost-100-north-korean-soldiers-killed-in-the-kursk-region'
			}
		] satisfies FactSource[]
	},
	'se-troops-2025-04-30': {
		date: '2025-04-30',
		confidence: 'medium',
		sources: [
			{
				publisher: 'KBS World Radio (Yonhap)',
				date: '2025-04-30',
				url: 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=192744&lang=e'
			},
			{
				publisher: 'UNN (Yonhap)',
				date: '2025-04-30',
				url: 'https://unn.ua/en/news/about-600-north-korean-soldiers-died-in-battles-for-russia-in-ukraine-seoul'
			}
		] satisfies FactSource[]
	}
};
