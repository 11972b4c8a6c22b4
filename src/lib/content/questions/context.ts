import type { Quiz } from '$lib/quiz/types';
import { inText, opt } from './helpers';

/** Timeline and context: the order of events, the treaty, the UN, and what happened after the article. */
export const contextQuiz: Quiz = {
	id: 'context',
	title: { hu: 'Idővonal és háttér', en: 'Timeline and context' },
	description: {
		hu: 'Mi történt előtte és utána? A szerződés, az ENSZ és a háború.',
		en: 'What came before and after? The treaty, the UN and the war.'
	},
	questions: [
		{
			id: 'context-order-visits',
			type: 'order',
			difficulty: 2,
			prompt: {
				hu: 'Milyen sorrendben követték egymást ezek a találkozók?',
				en: 'In what order did these meetings take place?'
			},
			items: [
				opt('shoigu-2023', 'Sojgu első phenjani látogatása', 'Shoigu’s first visit to Pyongyang'),
				opt(
					'vostochny',
					'Putyin és Kim csúcstalálkozója a Vosztocsnij űrrepülőtéren',
					'Putin and Kim meet at the Vostochny Cosmodrome'
				),
				opt(
					'putin-2024',
					'Putyin állami látogatása Phenjanban',
					'Putin’s state visit to Pyongyang'
				),
				opt(
					'shoigu-2024',
					'Sojgu látogatása, amelyről a cikk szól',
					'The Shoigu visit in the article'
				)
			],
			key: ['shoigu-2023', 'vostochny', 'putin-2024', 'shoigu-2024'],
			explanation: {
				hu: 'Sojgu 2023. július 25–27-én járt először Phenjanban, Putyin és Kim 2023. szeptember 13-án találkozott Vosztocsnijban, Putyin 2024. június 18–19-én látogatott Phenjanba, Sojgu pedig 2024. szeptember 13-án érkezett újra.',
				en: 'Shoigu first went to Pyongyang on 25–27 July 2023; Putin and Kim met at Vostochny on 13 September 2023; Putin visited Pyongyang on 18–19 June 2024; and Shoigu came back on 13 September 2024.'
			},
			evidence: inText('meetings')
		},
		{
			id: 'context-order-treaty',
			type: 'order',
			difficulty: 2,
			prompt: {
				hu: 'Milyen lépésekben lett az aláírt szerződésből kötelező érvényű?',
				en: 'In what steps did the signed treaty become binding?'
			},
			items: [
				opt(
					'signed',
					'Putyin és Kim aláírja a szerződést Phenjanban.',
					'Putin and Kim sign the treaty in Pyongyang.'
				),
				opt(
					'duma',
					'Az orosz Állami Duma megszavazza a ratifikálást.',
					'Russia’s State Duma votes to ratify it.'
				),
				opt(
					'federation',
					'Az orosz Szövetségi Tanács is jóváhagyja.',
					'Russia’s Federation Council approves it too.'
				),
				opt(
					'force',
					'A ratifikációs okiratok cseréje után hatályba lép.',
					'It enters into force after the ratification documents are exchanged.'
				)
			],
			key: ['signed', 'duma', 'federation', 'force'],
			explanation: {
				hu: 'Aláírás: 2024. június 19.; Állami Duma: október 24.; Szövetségi Tanács: november 6.; hatálybalépés az okiratok moszkvai cseréjével: 2024. december 4.',
				en: 'Signed on 19 June 2024; State Duma on 24 October; Federation Council on 6 November; in force once the documents were exchanged in Moscow on 4 December 2024.'
			},
			evidence: inText('treaty')
		},
		{
			id: 'context-years-between',
			type: 'numeric',
			difficulty: 2,
			prompt: {
				hu: 'Putyin 2000 júliusában és 2024 júniusában járt Phenjanban. Hány év telt el a két látogatás között (egész évekre kerekítve)?',
				en: 'Putin visited Pyongyang in July 2000 and in June 2024. How many years passed between the two visits (rounded to the nearest whole year)?'
			},
			unit: { hu: 'év', en: 'years' },
			key: { value: 24, tolerance: 0 },
			explanation: {
				hu: 'Majdnem pontosan 24 év: 2000 júliusától 2024 júniusáig. A cikk ezért írja, hogy ez „több mint 20 éve” az első ilyen látogatás.',
				en: 'Almost exactly 24 years: from July 2000 to June 2024. That is why the article calls it the first such visit in more than 20 years.'
			},
			evidence: inText('meetings-putin')
		},
		{
			id: 'context-article-4',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'A 2024-es szerződés melyik cikke ígér katonai segítséget, ha az egyik felet megtámadják?',
				en: 'Which article of the 2024 treaty promises military help if one side is attacked?'
			},
			options: [
				opt('4', 'a 4. cikk', 'Article 4'),
				opt('1', 'az 1. cikk', 'Article 1'),
				opt('23', 'a 23. cikk', 'Article 23'),
				opt('51', 'az 51. cikk', 'Article 51')
			],
			key: '4',
			explanation: {
				hu: 'A 4. cikk szerint, ha az egyik felet fegyveres támadás éri, és hadiállapotba kerül, a másik haladéktalanul katonai és egyéb segítséget nyújt. Az 51. cikk az ENSZ Alapokmányé, amelyre a szöveg hivatkozik; a szerződésnek összesen 23 cikke van.',
				en: 'Article 4 says that if one side is attacked and finds itself in a state of war, the other gives military and other help without delay. Article 51 belongs to the UN Charter, which the text cites; the treaty has 23 articles in all.'
			},
			evidence: inText('treaty-article4')
		},
		{
			id: 'context-1961-treaty',
			type: 'truefalse',
			difficulty: 2,
			prompt: {
				hu: 'Igaz vagy hamis? A 2024-es szerződés 4. cikke szinte szó szerint megismétli az 1961-es szovjet–észak-koreai szerződés 1. cikkét.',
				en: 'True or false? Article 4 of the 2024 treaty repeats Article 1 of the 1961 Soviet–North Korean treaty almost word for word.'
			},
			key: true,
			explanation: {
				hu: 'Igaz. A Meduza és a Jonhap hírügynökség összevetette a két szöveget: szinte azonosak, de az új változat az ENSZ Alapokmány 51. cikkére és a két ország törvényeire is hivatkozik.',
				en: 'True. Meduza and the Yonhap news agency compared the texts: they are almost the same, but the new version also refers to Article 51 of the UN Charter and to both countries’ laws.'
			},
			evidence: inText('treaty-old-treaties')
		},
		{
			id: 'context-veto',
			type: 'single',
			difficulty: 2,
			prompt: {
				hu: 'Mi történt az ENSZ Biztonsági Tanácsában 2024. március 28-án?',
				en: 'What happened at the UN Security Council on 28 March 2024?'
			},
			options: [
				opt(
					'veto',
					'Oroszország megvétózta a szankciókat ellenőrző testület megbízatásának meghosszabbítását.',
					'Russia vetoed extending the mandate of the panel monitoring the sanctions.'
				),
				opt(
					'lifted',
					'A Biztonsági Tanács egyhangúlag feloldotta az Észak-Korea elleni ENSZ-szankciókat.',
					'The Security Council unanimously lifted the UN sanctions on North Korea.'
				),
				opt(
					'new',
					'Új ENSZ-szankciókat vezettek be Oroszország ellen az észak-koreai fegyverek vásárlása miatt.',
					'New UN sanctions were imposed on Russia for buying North Korean weapons.'
				),
				opt(
					'china-veto',
					'Kína megvétózta az Oroszország ukrajnai háborúját elítélő ENSZ-határozatot.',
					'China vetoed a UN resolution condemning Russia’s war in Ukraine.'
				)
			],
			key: 'veto',
			explanation: {
				hu: 'Oroszország vétója miatt (13 igen, Oroszország nem, Kína tartózkodott) a 2009 óta működő szakértői testület 2024 áprilisának végén megszűnt. A szankciók jogilag érvényben maradtak, de azok megsértését ENSZ-szakértők már nem vizsgálják.',
				en: 'Because of Russia\u2019s veto (13 in favour, Russia against, China abstaining), the panel of experts, which had worked since 2009, was wound up at the end of April 2024. The sanctions remain legally in force, but UN experts no longer investigate breaches.'
			},
			evidence: inText('why-veto')
		},
		{
			id: 'context-first-sanctions',
			type: 'numeric',
			difficulty: 2,
			prompt: {
				hu: 'Melyik évben vezetett be az ENSZ Biztonsági Tanácsa először szankciókat Észak-Korea ellen?',
				en: 'In which year did the UN Security Council first impose sanctions on North Korea?'
			},
			key: { value: 2006, tolerance: 0 },
			explanation: {
				hu: '2006. október 14-én, öt nappal Észak-Korea első atomkísérlete után, a Biztonsági Tanács egyhangúlag – Oroszország szavazatával is – megtiltotta a nagyobb fegyverek, a nukleáris technológia és a luxuscikkek szállítását.',
				en: 'On 14 October 2006, five days after North Korea’s first nuclear test, the Security Council unanimously, with Russia’s vote, banned supplies of major weapons, nuclear technology and luxury goods.'
			},
			evidence: inText('why-sanctions')
		},
		{
			id: 'context-un-vote',
			type: 'multi',
			difficulty: 3,
			prompt: {
				hu: 'Az ENSZ Közgyűlése 2022. március 2-án határozatban ítélte el az inváziót. Az alábbiak közül mely országok szavaztak ellene?',
				en: 'On 2 March 2022 the UN General Assembly passed a resolution condemning the invasion. Which of these countries voted against it?'
			},
			options: [
				opt('north-korea', 'Észak-Korea', 'North Korea'),
				opt('belarus', 'Belarusz', 'Belarus'),
				opt('syria', 'Szíria', 'Syria'),
				opt('china', 'Kína', 'China'),
				opt('hungary', 'Magyarország', 'Hungary')
			],
			key: ['north-korea', 'belarus', 'syria'],
			explanation: {
				hu: '141 ország szavazott igennel, 35 tartózkodott, és csak öt szavazott nemmel: Oroszország, Belarusz, Észak-Korea, Eritrea és Szíria. Kína és Magyarország nem volt köztük.',
				en: 'The vote was 141 in favour, 35 abstentions and only five against: Russia, Belarus, North Korea, Eritrea and Syria. China and Hungary were not among them.'
			},
			evidence: inText('why-ukraine')
		},
		{
			id: 'context-match-dates',
			type: 'match',
			difficulty: 2,
			prompt: {
				hu: 'Melyik napon mi történt?',
				en: 'What happened on which day?'
			},
			left: [
				opt('d-2023-09-13', '2023. szeptember 13.', '13 September 2023'),
				opt('d-2023-09-16', '2023. szeptember 16.', '16 September 2023'),
				opt('d-2024-06-19', '2024. június 19.', '19 June 2024'),
				opt('d-2024-07-18', '2024. július 18.', '18 July 2024')
			],
			right: [
				opt(
					'e-vostochny',
					'Putyin és Kim a Vosztocsnij űrrepülőtéren tárgyal',
					'Putin and Kim hold talks at the Vostochny Cosmodrome'
				),
				opt(
					'e-knevichi',
					'Sojgu stratégiai bombázókat mutat Kimnek Vlagyivosztok mellett',
					'Shoigu shows Kim strategic bombers near Vladivostok'
				),
				opt(
					'e-treaty',
					'Putyin és Kim aláírja a partnerségi szerződést',
					'Putin and Kim sign the partnership treaty'
				),
				opt(
					'e-delegation',
					'Kim fogadja a Krivorucsko vezette katonai küldöttséget',
					'Kim receives the military delegation led by Krivoruchko'
				),
				opt('e-force', 'A szerződés hatályba lép', 'The treaty enters into force')
			],
			key: {
				'd-2023-09-13': 'e-vostochny',
				'd-2023-09-16': 'e-knevichi',
				'd-2024-06-19': 'e-treaty',
				'd-2024-07-18': 'e-delegation'
			},
			explanation: {
				hu: 'Kim hatnapos oroszországi útja során szeptember 13-án Putyinnal, 16-án Sojguval találkozott. A szerződést 2024. június 19-én írták alá, a katonai küldöttség július 18-án járt Phenjanban. A szerződés 2024. december 4-én lépett hatályba, ezért az az esemény egyik dátumhoz sem tartozik.',
				en: 'On his six-day trip to Russia, Kim met Putin on 13 September and Shoigu on 16 September. The treaty was signed on 19 June 2024 and the military delegation was in Pyongyang on 18 July. The treaty entered into force on 4 December 2024, so that event matches none of the dates.'
			},
			evidence: inText('meetings')
		},
		{
			id: 'context-troops-confirmed',
			type: 'truefalse',
			difficulty: 2,
			prompt: {
				hu: 'Igaz vagy hamis? Oroszország és Észak-Korea már 2024 októberében, a katonák érkezésekor elismerte, hogy észak-koreai katonák harcolnak Oroszország oldalán.',
				en: 'True or false? Russia and North Korea admitted as early as October 2024, when the soldiers arrived, that North Korean troops were fighting on Russia\u2019s side.'
			},
			key: false,
			explanation: {
				hu: 'Hamis. Hónapokig egyik ország sem erősítette meg. Valerij Geraszimov orosz vezérkari főnök 2025. április 26-án ismerte el először, Észak-Korea pedig két nappal később.',
				en: 'False. For months neither country confirmed it. Valery Gerasimov, chief of Russia’s General Staff, first acknowledged it on 26 April 2025, and North Korea two days later.'
			},
			evidence: inText('after-acknowledged')
		},
		{
			id: 'context-kursk',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'A Pentagon 2024 decemberében megerősítette, hogy észak-koreai katonák harcolnak. Hol?',
				en: 'In December 2024 the Pentagon confirmed that North Korean soldiers were fighting. Where?'
			},
			options: [
				opt('kursk', 'az oroszországi Kurszki területen', 'in Russia’s Kursk region'),
				opt('crimea', 'a Krím-félszigeten', 'in Crimea'),
				opt('kyiv', 'Kijev környékén', 'around Kyiv'),
				opt('vladivostok', 'Vlagyivosztok mellett', 'near Vladivostok')
			],
			key: 'kursk',
			explanation: {
				hu: 'Az észak-koreai katonák az oroszországi Kurszki területen harcoltak, és ott veszteségeket is szenvedtek.',
				en: 'The North Korean soldiers fought in Russia’s Kursk region and suffered casualties there.'
			},
			evidence: inText('after-kursk')
		},
		{
			id: 'context-shoigu-2025',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'A cikk után folytatódtak a látogatások. Hányszor utazott Sojgu Phenjanba 2025-ben?',
				en: 'The visits went on after the article. How many times did Shoigu travel to Pyongyang in 2025?'
			},
			options: [
				opt('0', 'egyszer sem', 'not a single time'),
				opt('1', 'egyszer', 'once'),
				opt('3', 'háromszor', 'three times'),
				opt('6', 'hatszor', 'six times')
			],
			key: '3',
			explanation: {
				hu: 'Háromszor: 2025. március 21-én, június 4-én és június 17-én. A június 17-i úton Kim megígérte, hogy 1000 aknamentesítőt és 5000 katonai építőmunkást küld a Kurszki területre.',
				en: 'Three times: on 21 March, 4 June and 17 June 2025. On the 17 June trip Kim agreed to send 1,000 deminers and 5,000 military construction workers to the Kursk region.'
			},
			evidence: inText('after-visits')
		}
	]
};
