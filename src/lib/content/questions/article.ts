import type { Quiz } from '$lib/quiz/types';
import { inText, opt } from './helpers';

/** Understanding the article: who met whom, what was said, and what the article claims. */
export const articleQuiz: Quiz = {
	id: 'article',
	title: { hu: 'Értsd meg a cikket!', en: 'Understanding the article' },
	description: {
		hu: 'Ki kivel találkozott, miről volt szó, és mit állít a cikk?',
		en: 'Who met whom, what they talked about, and what the article claims.'
	},
	questions: [
		{
			id: 'article-who-met',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'Kivel tárgyalt Szergej Sojgu Phenjanban 2024. szeptember 13-án?',
				en: 'Who did Sergei Shoigu hold talks with in Pyongyang on 13 September 2024?'
			},
			options: [
				opt(
					'kim-jong-un',
					'Kim Dzsong-unnal, Észak-Korea vezetőjével',
					'Kim Jong Un, North Korea’s leader'
				),
				opt(
					'putin',
					'Vlagyimir Putyinnal, Oroszország elnökével',
					'Vladimir Putin, Russia’s president'
				),
				opt(
					'choe',
					'Cshö Szon-hival, Észak-Korea külügyminiszterével',
					'Choe Son Hui, North Korea’s foreign minister'
				),
				opt(
					'kim-jong-il',
					'Kim Dzsong-illel, Kim Dzsong-un apjával',
					'Kim Jong Il, Kim Jong Un’s father'
				)
			],
			key: 'kim-jong-un',
			explanation: {
				hu: 'A cikk első mondata szerint Sojgu pénteken Phenjanban Kim Dzsong-unnal tárgyalt. Putyin nem ekkor, hanem 2024 júniusában járt Phenjanban.',
				en: 'The article’s first sentence says that Shoigu held talks with Kim Jong Un in Pyongyang on Friday. Putin’s own visit to Pyongyang had been in June 2024.'
			},
			evidence: inText('meeting-who')
		},
		{
			id: 'article-shoigu-role',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'Mi volt Sojgu tisztsége a 2024. szeptemberi látogatás idején?',
				en: 'What post did Shoigu hold at the time of his September 2024 visit?'
			},
			options: [
				opt(
					'secretary',
					'az orosz Biztonsági Tanács titkára',
					'secretary of Russia’s Security Council'
				),
				opt('defence', 'orosz hadügyminiszter', 'Russia’s defence minister'),
				opt('foreign', 'orosz külügyminiszter', 'Russia’s foreign minister'),
				opt('ambassador', 'Oroszország phenjani nagykövete', 'Russia’s ambassador in Pyongyang')
			],
			key: 'secretary',
			explanation: {
				hu: 'Putyin 2024. május 12-én nevezte ki Sojgut a Biztonsági Tanács titkárává; addig, 2012 óta, hadügyminiszter volt. A cikk is így mutatja be: „az orosz biztonsági tanács titkára”.',
				en: 'Putin made Shoigu secretary of the Security Council on 12 May 2024; before that he had been defence minister since 2012. The article introduces him as secretary of Russia’s Security Council.'
			},
			evidence: inText('meeting-who')
		},
		{
			id: 'article-first-trip',
			type: 'truefalse',
			difficulty: 1,
			prompt: {
				hu: 'Igaz vagy hamis? A cikkben leírt látogatás volt Sojgu első útja Észak-Koreába.',
				en: 'True or false? The visit in the article was Shoigu’s first trip to North Korea.'
			},
			key: false,
			explanation: {
				hu: 'Hamis. A cikk szerint alig több mint egy év alatt ez már Sojgu második látogatása volt: először 2023 júliusában, még hadügyminiszterként járt Phenjanban.',
				en: 'False. According to the article, this was already Shoigu’s second visit in little more than a year: he had first gone to Pyongyang in July 2023, while still defence minister.'
			},
			evidence: inText('meeting-second-visit')
		},
		{
			id: 'article-first-visit-when',
			type: 'single',
			difficulty: 2,
			prompt: {
				hu: 'Mikor és milyen minőségben járt Sojgu először Phenjanban?',
				en: 'When did Shoigu first go to Pyongyang, and in what role?'
			},
			options: [
				opt(
					'2023-defence',
					'2023 júliusában, hadügyminiszterként',
					'In July 2023, as defence minister'
				),
				opt(
					'2023-security',
					'2023 júliusában, a Biztonsági Tanács titkáraként',
					'In July 2023, as Security Council secretary'
				),
				opt(
					'2024-defence',
					'2024 júniusában, hadügyminiszterként, Putyin kíséretében',
					'In June 2024, as defence minister, with Putin’s party'
				),
				opt(
					'2019-defence',
					'2019 áprilisában, a Putyin–Kim-csúcson',
					'In April 2019, at the Putin–Kim summit'
				)
			],
			key: '2023-defence',
			explanation: {
				hu: 'Sojgu 2023. július 25–27. között járt Phenjanban, még hadügyminiszterként, a koreai háborút lezáró fegyverszünet 70. évfordulóján. A Biztonsági Tanács titkára csak 2024 májusában lett.',
				en: 'Shoigu was in Pyongyang on 25–27 July 2023, still as defence minister, for the 70th anniversary of the armistice that ended the fighting in the Korean War. He became Security Council secretary only in May 2024.'
			},
			evidence: inText('first-visit-2023')
		},
		{
			id: 'article-talks-topics',
			type: 'multi',
			difficulty: 2,
			prompt: {
				hu: 'Az orosz Biztonsági Tanács közleménye szerint miről volt szó a találkozón?',
				en: 'According to the statement from Russia’s Security Council, what was discussed at the meeting?'
			},
			options: [
				opt('bilateral', 'kétoldalú kérdésekről', 'bilateral issues'),
				opt('international', 'nemzetközi kérdésekről', 'international issues'),
				opt(
					'agreement',
					'a 2024. júniusi megállapodás végrehajtásáról',
					'carrying out the June 2024 agreement'
				),
				opt(
					'peace',
					'a koreai háborút lezáró békeszerződésről',
					'a peace treaty to end the Korean War'
				),
				opt(
					'sanctions',
					'az Észak-Korea elleni ENSZ-szankciók feloldásának időpontjáról',
					'a date for lifting the UN sanctions on North Korea'
				)
			],
			key: ['bilateral', 'international', 'agreement'],
			explanation: {
				hu: 'A közlemény szerint számos kétoldalú és nemzetközi kérdés került szóba, és a júniusban aláírt megállapodás végrehajtása is. Békeszerződésről és a szankciók feloldásáról sem a közlemény, sem a cikk nem ír.',
				en: 'The statement says that a range of bilateral and international issues were discussed, as well as putting the June agreement into practice. Neither the statement nor the article mentions a peace treaty or lifting sanctions.'
			},
			evidence: inText('meeting-talks')
		},
		{
			id: 'article-weapons-shown',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'Mit mutatott meg Kim Dzsong-un Sojgunak a 2023. júliusi látogatáson?',
				en: 'What did Kim Jong Un show Shoigu during the July 2023 visit?'
			},
			options: [
				opt(
					'weapons',
					'legújabb fegyvereiket, köztük ballisztikus rakétákat',
					'its newest weapons, including ballistic missiles'
				),
				opt(
					'factory',
					'egy lőszergyárat a kínai határ közelében',
					'an ammunition factory near the Chinese border'
				),
				opt('test', 'egy atomkísérletet', 'a nuclear test'),
				opt(
					'port',
					'Nadzsin kikötőjét, ahonnan később a konténerek indultak',
					'the port of Najin, where the containers were shipped from'
				)
			],
			key: 'weapons',
			explanation: {
				hu: 'Kim 2023. július 26-án fegyverkiállításon vezette körbe Sojgut. A cikk szerint a bemutatottakhoz hasonló ballisztikus rakéták pár hónappal később az ukrajnai fronton is megjelentek.',
				en: 'On 26 July 2023 Kim showed Shoigu round an arms exhibition. According to the article, ballistic missiles like the ones on show turned up on the front line in Ukraine a few months later.'
			},
			evidence: inText('first-visit-weapons')
		},
		{
			id: 'article-satellite-source',
			type: 'single',
			difficulty: 2,
			prompt: {
				hu: 'Kire hivatkozik a cikk, amikor azt írja, hogy a műholdfelvételek a két ország közötti kereskedelem növekedését jelezték?',
				en: 'Whom does the article cite when it says that satellite images showed trade between the two countries growing?'
			},
			options: [
				opt('bloomberg', 'a Bloombergre', 'Bloomberg'),
				opt(
					'kcna',
					'az észak-koreai állami hírügynökségre (KCNA)',
					'North Korea’s state news agency (KCNA)'
				),
				opt('kremlin', 'a Kremlre', 'the Kremlin'),
				opt(
					'nobody',
					'senkire, ezt a cikk a saját megfigyeléseként írja',
					'nobody: the article presents it as its own finding'
				)
			],
			key: 'bloomberg',
			explanation: {
				hu: 'A cikk a Bloombergre hivatkozik. A CSIS amerikai kutatóintézet 2023 októberében például mintegy 73 tehervagont számolt meg a határ menti Tumangang pályaudvarán, ahol a korábbi felvételeken sosem volt több nagyjából 20-nál.',
				en: 'The article cites Bloomberg. In October 2023, for example, the American research institute CSIS counted about 73 freight wagons at Tumangang, a railway yard on the border, where earlier images had never shown more than about 20.'
			},
			evidence: inText('first-visit-shipments')
		},
		{
			id: 'article-trade-included',
			type: 'truefalse',
			difficulty: 2,
			prompt: {
				hu: 'Igaz vagy hamis? A cikk szerint az Egyesült Államok és partnerei úgy tudják, hogy a megnövekedett kereskedelem része volt több millió tüzérségi lőszer és rövid hatótávolságú ballisztikus rakéták is.',
				en: 'True or false? According to the article, the United States and its partners say that the growing trade included millions of artillery shells as well as short-range ballistic missiles.'
			},
			key: true,
			explanation: {
				hu: 'Igaz. A cikk ezt az Egyesült Államokra és partnereire hivatkozva írja. Oroszország és Észak-Korea tagadta a fegyverszállításokat, és számokat sem közölt.',
				en: 'True. The article attributes this to the United States and its partners. Russia and North Korea denied the arms transfers and have published no figures.'
			},
			evidence: inText('first-visit-shipments')
		},
		{
			id: 'article-treaty-kind',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'Milyen egyezményt írt alá Kim és Putyin 2024 júniusában a cikk szerint?',
				en: 'According to the article, what kind of treaty did Kim and Putin sign in June 2024?'
			},
			options: [
				opt('defence', 'kölcsönös védelmi egyezményt', 'a mutual defence treaty'),
				opt('trade', 'szabadkereskedelmi egyezményt', 'a free-trade agreement'),
				opt('peace', 'békeszerződést', 'a peace treaty'),
				opt('border', 'határszerződést', 'a treaty on the land border')
			],
			key: 'defence',
			explanation: {
				hu: 'A cikk kölcsönös védelmi egyezményről ír. A szerződés hivatalos neve „átfogó stratégiai partnerségről” szóló szerződés; a 4. cikke ígér katonai segítséget, ha az egyik felet megtámadják.',
				en: 'The article calls it a mutual defence treaty. Its official name is the Treaty on Comprehensive Strategic Partnership; its Article 4 promises military help if either side is attacked.'
			},
			evidence: inText('treaty-signing')
		},
		{
			id: 'article-putin-visit',
			type: 'truefalse',
			difficulty: 1,
			prompt: {
				hu: 'Igaz vagy hamis? A cikk szerint Putyin phenjani látogatása több mint 20 év óta az első ilyen volt.',
				en: 'True or false? According to the article, Putin’s visit to Pyongyang was the first of its kind in more than 20 years.'
			},
			key: true,
			explanation: {
				hu: 'Igaz. Putyin előzőleg 2000 júliusában járt Phenjanban, így a 2024. június 18–19-i látogatás 24 év után volt az első.',
				en: 'True. Putin had last been to Pyongyang in July 2000, so his visit on 18–19 June 2024 was the first in 24 years.'
			},
			evidence: inText('meetings-putin')
		},
		{
			id: 'article-compatible',
			type: 'single',
			difficulty: 2,
			prompt: {
				hu: 'Miért használhatók az észak-koreai lövedékek az orosz lövegekben?',
				en: 'Why can North Korean shells be fired from Russian guns?'
			},
			options: [
				opt(
					'soviet',
					'Mert Észak-Korea szovjet tervek alapján fegyverkezett, így a kaliberek azonosak.',
					'Because North Korea armed itself from Soviet designs, so the calibres match.'
				),
				opt(
					'new',
					'Mert Észak-Korea 2023-ban új lőszert tervezett az orosz lövegekhez.',
					'Because North Korea designed new ammunition for Russian guns in 2023.'
				),
				opt(
					'china',
					'Mert mindkét ország Kínától vásárolja a lőszerét, ugyanabból a gyárból.',
					'Because both countries buy their ammunition from the same Chinese factories.'
				),
				opt(
					'any',
					'Mert minden tüzérségi lövedék bármelyik típusú lövegben használható.',
					'Because any artillery shell fits any type of gun.'
				)
			],
			key: 'soviet',
			explanation: {
				hu: 'Az orosz tüzérség főleg szovjet szabványú, 152 és 122 milliméteres lövedékeket használ. Észak-Korea az 1960-as évektől szovjet tervek alapján fegyverkezett, ezért a cikk szavaival „az orosz tüzérségi eszközökkel kompatibilis” lőszerkészletet halmozott fel.',
				en: 'Russia’s artillery mostly uses Soviet-standard 152 and 122 millimetre shells. North Korea armed itself from Soviet designs from the 1960s onwards, so, in the article’s words, it built up a stockpile compatible with Russian artillery.'
			},
			evidence: inText('flows-152mm')
		},
		{
			id: 'article-in-return',
			type: 'multi',
			difficulty: 2,
			prompt: {
				hu: 'A cikk szerint mivel segítette cserébe Moszkva Észak-Koreát?',
				en: 'According to the article, how has Moscow helped North Korea in return?'
			},
			options: [
				opt('technology', 'technológiával', 'with technology'),
				opt('goods', 'más termékekkel', 'with other goods'),
				opt(
					'troops',
					'orosz katonákkal, akik Észak-Koreát védik',
					'with Russian soldiers to defend North Korea'
				),
				opt(
					'un',
					'az ENSZ-szankciók hivatalos eltörlésével',
					'by officially ending the UN sanctions'
				)
			],
			key: ['technology', 'goods'],
			explanation: {
				hu: 'A cikk szerint Moszkva technológiával és más termékekkel segítette az ország gazdaságát és fegyverfejlesztési programját. Dél-Korea védelmi minisztere 2024 februárjában azt mondta, hogy Oroszország főleg élelmiszerrel fizetett. Az ENSZ-szankciók ma is érvényben vannak.',
				en: 'The article says that Moscow has helped the country’s economy and weapons programmes with technology and other goods. In February 2024 South Korea’s defence minister said that Russia paid mostly in food. The UN sanctions are still in force.'
			},
			evidence: inText('flows-return')
		},
		{
			id: 'article-delegation',
			type: 'single',
			difficulty: 3,
			prompt: {
				hu: 'A cikk megemlíti, hogy 2024 júliusában „egy magas rangú katonai delegáció” is járt Phenjanban. Ki vezette?',
				en: 'The article mentions that “a high-ranking military delegation” visited Pyongyang in July 2024. Who led it?'
			},
			options: [
				opt(
					'krivoruchko',
					'Alekszej Krivorucsko orosz hadügyminiszter-helyettes',
					'Alexei Krivoruchko, Russian deputy defence minister'
				),
				opt(
					'belousov',
					'Andrej Belouszov orosz hadügyminiszter',
					'Andrei Belousov, Russian defence minister'
				),
				opt(
					'shoigu',
					'Szergej Sojgu, a Biztonsági Tanács titkára',
					'Sergei Shoigu, Security Council secretary'
				),
				opt(
					'lavrov',
					'Szergej Lavrov orosz külügyminiszter',
					'Sergei Lavrov, Russian foreign minister'
				)
			],
			key: 'krivoruchko',
			explanation: {
				hu: 'A küldöttséget Alekszej Krivorucsko hadügyminiszter-helyettes vezette; Kim Dzsong-un 2024. július 18-án fogadta. Belouszov csak 2024 novemberében járt Phenjanban.',
				en: 'The delegation was led by Deputy Defence Minister Alexei Krivoruchko; Kim Jong Un received it on 18 July 2024. Belousov did not visit Pyongyang until November 2024.'
			},
			evidence: inText('meetings-delegation')
		}
	]
};
