import type { Lang } from '$lib/i18n/langs';

/** A word the explainer explains: its form and a short definition in each language. */
export interface GlossaryTerm {
	id: string;
	term: Record<Lang, string>;
	definition: Record<Lang, string>;
}

/** The glossary, in the order of first use in the explainer; the glossary page sorts it per language. */
export const glossary: GlossaryTerm[] = [
	{
		id: 'defence-minister',
		term: { hu: 'hadügyminiszter (védelmi miniszter)', en: 'defence minister' },
		definition: {
			hu: 'A kormány tagja, aki a hadsereget és a honvédelmet irányítja. A magyar sajtó az orosz tisztségre gyakran a „hadügyminiszter”, más országokéra a „védelmi miniszter” kifejezést használja; a kettő ugyanazt a tisztséget jelenti.',
			en: 'The member of the government in charge of the armed forces and national defence. Hungarian newspapers often call Russia’s defence minister hadügyminiszter and other countries’ védelmi miniszter; both mean the same.'
		}
	},
	{
		id: 'security-council',
		term: { hu: 'Biztonsági Tanács (orosz)', en: 'Security Council (Russian)' },
		definition: {
			hu: 'Az orosz elnök mellett működő testület, amely a védelmi és biztonsági kérdéseket készíti elő. Élén az elnök áll, a munkáját a titkár irányítja: 2024 májusa óta Szergej Sojgu. Nem azonos az ENSZ Biztonsági Tanácsával.',
			en: 'A body that advises Russia’s president on defence and security. The president chairs it and its secretary runs its work: since May 2024, Sergei Shoigu. Not to be confused with the UN Security Council.'
		}
	},
	{
		id: 'bilateral',
		term: { hu: 'kétoldalú', en: 'bilateral' },
		definition: {
			hu: 'Két országot érintő. Kétoldalú kérdés például a két ország közötti kereskedelem vagy közlekedés.',
			en: 'Involving two countries. Trade or transport links between two countries are bilateral issues, for example.'
		}
	},
	{
		id: 'armistice',
		term: { hu: 'fegyverszünet', en: 'armistice' },
		definition: {
			hu: 'Megállapodás a harcok beszüntetéséről. A koreai háborút 1953-ban fegyverszünet zárta le, békeszerződés nem, ezért a két Korea jogilag ma sem kötött békét.',
			en: 'An agreement to stop the fighting. The Korean War ended with an armistice in 1953, not a peace treaty, so legally the two Koreas have still not made peace.'
		}
	},
	{
		id: 'icbm',
		term: {
			hu: 'interkontinentális ballisztikus rakéta',
			en: 'intercontinental ballistic missile (ICBM)'
		},
		definition: {
			hu: 'Nagyon nagy, több ezer kilométeres hatótávolságú ballisztikus rakéta, amely egyik kontinensről a másikra is eljuthat, és atomtöltetet is hordozhat.',
			en: 'A ballistic missile with a very long range, thousands of kilometres, that can reach one continent from another and can carry a nuclear warhead.'
		}
	},
	{
		id: 'ballistic-missile',
		term: { hu: 'ballisztikus rakéta', en: 'ballistic missile' },
		definition: {
			hu: 'Olyan rakéta, amelyet a hajtóműve csak a pálya elején gyorsít fel, utána ívelt pályán, a nehézségi erő hatására zuhan a célra. A rövid hatótávolságúak néhány száz kilométerre jutnak el.',
			en: 'A missile that is pushed by its engine only at the start and then falls on its target along a curved path under gravity. Short-range ones reach a few hundred kilometres.'
		}
	},
	{
		id: 'satellite-imagery',
		term: { hu: 'műholdfelvétel', en: 'satellite image' },
		definition: {
			hu: 'A világűrből készített fénykép. Kutatók ilyen képeken számolják meg például a kikötőkben álló hajókat vagy a vasúti kocsikat, így titkolt szállításokat is észrevehetnek.',
			en: 'A photograph taken from space. Researchers use such images to count ships in ports or railway wagons, for example, and can spot shipments that are meant to stay secret.'
		}
	},
	{
		id: 'cosmodrome',
		term: { hu: 'űrrepülőtér (kozmodrom)', en: 'cosmodrome (spaceport)' },
		definition: {
			hu: 'Rakéták és űreszközök indítására épült létesítmény. A Vosztocsnij űrrepülőtér Oroszország távol-keleti Amuri területén van.',
			en: 'A site built for launching rockets and spacecraft. The Vostochny Cosmodrome is in Russia’s Amur region in the Far East.'
		}
	},
	{
		id: 'strategic-bomber',
		term: { hu: 'stratégiai bombázó', en: 'strategic bomber' },
		definition: {
			hu: 'Nagy hatótávolságú katonai repülőgép, amely az ellenség területén mélyen fekvő célokat is támadhat, akár atomfegyverrel is.',
			en: 'A long-range military aircraft that can strike targets deep inside an enemy’s territory, even with nuclear weapons.'
		}
	},
	{
		id: 'hypersonic-missile',
		term: { hu: 'hiperszonikus rakéta', en: 'hypersonic missile' },
		definition: {
			hu: 'A hang sebességének legalább ötszörösével repülő rakéta, amelyet emiatt nehéz lelőni. Az orosz Kinzsal rakétát repülőgépről indítják.',
			en: 'A missile that flies at least five times the speed of sound, which makes it hard to shoot down. The Russian Kinzhal is launched from an aircraft.'
		}
	},
	{
		id: 'foreign-minister',
		term: { hu: 'külügyminiszter', en: 'foreign minister' },
		definition: {
			hu: 'A kormány tagja, aki az ország kapcsolatait intézi más államokkal. Oroszországé Szergej Lavrov, Észak-Koreáé Cshö Szon-hi.',
			en: 'The member of the government in charge of relations with other countries. Russia’s is Sergei Lavrov, North Korea’s Choe Son Hui.'
		}
	},
	{
		id: 'state-visit',
		term: { hu: 'állami látogatás', en: 'state visit' },
		definition: {
			hu: 'Egy államfő hivatalos látogatása egy másik országban, a legmagasabb szintű ünnepélyes fogadtatással.',
			en: 'A head of state’s official visit to another country, with the most formal welcome there is.'
		}
	},
	{
		id: 'delegation',
		term: { hu: 'delegáció (küldöttség)', en: 'delegation' },
		definition: {
			hu: 'Egy ország vagy szervezet képviseletében utazó csoport, amely a nevében tárgyal.',
			en: 'A group of people who travel to represent a country or organisation and negotiate on its behalf.'
		}
	},
	{
		id: 'treaty',
		term: { hu: 'nemzetközi szerződés', en: 'treaty' },
		definition: {
			hu: 'Államok közötti írásos megállapodás, amely jogi kötelezettséget teremt. Általában akkor lép hatályba, ha az aláíró országok ratifikálták.',
			en: 'A written agreement between states that creates legal obligations. It usually enters into force once the countries that signed it have ratified it.'
		}
	},
	{
		id: 'strategic-partnership',
		term: { hu: 'átfogó stratégiai partnerség', en: 'comprehensive strategic partnership' },
		definition: {
			hu: 'Két ország hosszú távú, sok területre kiterjedő szoros együttműködése. Oroszország és Észak-Korea 2024. június 19-én ilyen nevű szerződést írt alá.',
			en: 'Close, long-term cooperation between two countries in many fields. Russia and North Korea signed a treaty of this name on 19 June 2024.'
		}
	},
	{
		id: 'mutual-defence-treaty',
		term: { hu: 'kölcsönös védelmi egyezmény', en: 'mutual defence treaty' },
		definition: {
			hu: 'Olyan szerződés, amelyben az országok megígérik, hogy megvédik egymást, ha valamelyiküket megtámadják. Az orosz–észak-koreai szerződésben ez a 4. cikk.',
			en: 'A treaty in which countries promise to defend each other if one of them is attacked. In the Russia–North Korea treaty this is Article 4.'
		}
	},
	{
		id: 'un-charter-51',
		term: { hu: 'ENSZ Alapokmány, 51. cikk', en: 'UN Charter, Article 51' },
		definition: {
			hu: 'Az ENSZ alapító dokumentumának az a cikke, amely kimondja, hogy fegyveres támadás esetén minden államnak joga van az önvédelemre, egyedül vagy szövetségeseivel.',
			en: 'The article of the UN’s founding document saying that every state has the right to defend itself against an armed attack, alone or together with allies.'
		}
	},
	{
		id: 'ratification',
		term: { hu: 'ratifikálás (megerősítés)', en: 'ratification' },
		definition: {
			hu: 'Az a lépés, amellyel egy ország a saját szabályai szerint, például a parlament jóváhagyásával, véglegesen kötelezőnek fogad el egy aláírt szerződést.',
			en: 'The step by which a country, following its own rules (for example with its parliament’s approval), finally accepts a signed treaty as binding.'
		}
	},
	{
		id: 'state-duma',
		term: { hu: 'Állami Duma', en: 'State Duma' },
		definition: {
			hu: 'Az orosz parlament alsóháza. Törvényeket fogad el, és jóváhagyja a nemzetközi szerződések ratifikálását.',
			en: 'The lower house of Russia’s parliament. It passes laws and approves the ratification of treaties.'
		}
	},
	{
		id: 'federation-council',
		term: { hu: 'Szövetségi Tanács', en: 'Federation Council' },
		definition: {
			hu: 'Az orosz parlament felsőháza, amelyben az ország régióinak képviselői ülnek. A Duma döntései után szavaz.',
			en: 'The upper house of Russia’s parliament, where the country’s regions are represented. It votes after the Duma.'
		}
	},
	{
		id: 'entry-into-force',
		term: { hu: 'hatálybalépés', en: 'entry into force' },
		definition: {
			hu: 'Az a nap, amelytől egy szerződés vagy törvény ténylegesen érvényes és kötelező.',
			en: 'The day from which a treaty or law actually applies and is binding.'
		}
	},
	{
		id: 'artillery-shell',
		term: { hu: 'tüzérségi lőszer (lövedék)', en: 'artillery shell' },
		definition: {
			hu: 'Ágyúból vagy tarackból kilőtt robbanó lövedék. Az ukrajnai háborúban mindkét fél naponta rengeteget használ el belőle.',
			en: 'An explosive projectile fired from a large gun such as a howitzer. Both sides in the war in Ukraine use huge numbers of them every day.'
		}
	},
	{
		id: 'calibre',
		term: { hu: 'kaliber', en: 'calibre' },
		definition: {
			hu: 'A cső belső átmérője, és így a lövedéké is, milliméterben. Egy 152 mm-es ágyúba csak 152 mm-es lövedék való.',
			en: 'The inside width of a gun barrel, and so of its ammunition, in millimetres. A 152 mm gun takes only 152 mm shells.'
		}
	},
	{
		id: 'intelligence-service',
		term: { hu: 'hírszerzés (titkosszolgálat)', en: 'intelligence service' },
		definition: {
			hu: 'Állami szervezet, amely titokban gyűjt információt más országokról. Dél-Koreáé a Nemzeti Hírszerző Szolgálat (NIS); számos becslés tőle származik.',
			en: 'A state agency that gathers information about other countries in secret. South Korea’s is the National Intelligence Service (NIS), the source of many estimates.'
		}
	},
	{
		id: 'estimate',
		term: { hu: 'becslés', en: 'estimate' },
		definition: {
			hu: 'Közelítő szám, amelyet valaki nem megszámol, hanem a rendelkezésére álló adatokból kiszámít. Mindig számít, ki becsült és mikor, mert a források eltérhetnek.',
			en: 'An approximate number that someone works out from the data they have rather than counting. Who made it and when always matters, because sources can differ.'
		}
	},
	{
		id: 'full-scale-invasion',
		term: { hu: 'teljes körű invázió', en: 'full-scale invasion' },
		definition: {
			hu: 'Egy ország megtámadása több irányból, nagy erőkkel. Oroszország 2022. február 24-én indított ilyen támadást Ukrajna ellen.',
			en: 'An attack on a country from many directions with large forces. Russia launched one against Ukraine on 24 February 2022.'
		}
	},
	{
		id: 'sanction',
		term: { hu: 'szankció', en: 'sanction' },
		definition: {
			hu: 'Büntető intézkedés egy ország, cég vagy személy ellen, például kereskedelmi tilalom vagy vagyon befagyasztása, azzal a céllal, hogy az érintett változtasson a viselkedésén.',
			en: 'A penalty against a country, company or person, such as a trade ban or frozen assets, meant to make them change their behaviour.'
		}
	},
	{
		id: 'un-security-council',
		term: { hu: 'ENSZ Biztonsági Tanácsa', en: 'UN Security Council' },
		definition: {
			hu: 'Az ENSZ 15 tagú testülete, amely szankciókról is dönthet. Öt állandó tagja (köztük Oroszország és Kína) megvétózhatja a döntéseket.',
			en: 'The UN body of 15 members that can decide on sanctions. Its five permanent members (including Russia and China) can veto decisions.'
		}
	},
	{
		id: 'panel-of-experts',
		term: { hu: 'szakértői testület', en: 'panel of experts' },
		definition: {
			hu: 'Az ENSZ által megbízott független szakértők csoportja, amely 2009 és 2024 között vizsgálta, betartják-e az Észak-Koreára kivetett szankciókat.',
			en: 'A group of independent experts appointed by the UN that monitored from 2009 to 2024 whether the sanctions on North Korea were being observed.'
		}
	},
	{
		id: 'veto',
		term: { hu: 'vétó', en: 'veto' },
		definition: {
			hu: 'Egy döntés megakadályozása egyetlen ellenszavazattal. Az ENSZ Biztonsági Tanácsában az öt állandó tag bármelyike élhet vele.',
			en: 'Blocking a decision with a single vote against. In the UN Security Council any of the five permanent members can use it.'
		}
	}
];
