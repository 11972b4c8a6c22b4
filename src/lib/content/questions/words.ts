import type { Quiz } from '$lib/quiz/types';
import { inText, opt } from './helpers';

/*
 * Words and names for language learners. Typed-answer questions go both ways: shown in Hungarian
 * they ask for the English form, shown in English they ask for the Hungarian one.
 */
export const wordsQuiz: Quiz = {
	id: 'words',
	title: { hu: 'Szavak és nevek', en: 'Words and names' },
	description: {
		hu: 'A cikk kifejezései és nevei magyarul és angolul – nyelvtanulóknak is.',
		en: 'The article’s terms and names in Hungarian and English, for language learners too.'
	},
	questions: [
		{
			id: 'words-security-council',
			type: 'text',
			difficulty: 1,
			prompt: {
				hu: 'Sojgu 2024 óta az orosz Biztonsági Tanács titkára. Hogy mondjuk angolul: „Biztonsági Tanács”?',
				en: 'Since 2024 Shoigu has been secretary of Russia\u2019s Security Council. What is “Security Council” in Hungarian?'
			},
			key: {
				hu: { lang: 'en', variants: ['Security Council', 'the Security Council'] },
				en: { lang: 'hu', variants: ['Biztonsági Tanács', 'a Biztonsági Tanács'] }
			},
			explanation: {
				hu: 'Angolul Security Council. Vigyázat: Oroszország Biztonsági Tanácsa nem azonos az ENSZ Biztonsági Tanácsával (UN Security Council).',
				en: 'In Hungarian it is Biztonsági Tanács. Careful: Russia\u2019s Security Council is not the UN Security Council (ENSZ Biztonsági Tanácsa).'
			},
			evidence: inText('meeting-who')
		},
		{
			id: 'words-shoigu',
			type: 'text',
			difficulty: 1,
			prompt: {
				hu: 'Hogyan írják angol szövegekben Szergej Sojgu vezetéknevét?',
				en: 'How does the Hungarian article spell Sergei Shoigu\u2019s surname?'
			},
			key: {
				hu: { lang: 'en', variants: ['Shoigu', 'Shoygu'] },
				en: { lang: 'hu', variants: ['Sojgu'] }
			},
			explanation: {
				hu: 'Angolul Shoigu (ritkábban Shoygu). A magyar átírás a kiejtést követi: Szergej Sojgu.',
				en: 'In Hungarian he is Szergej Sojgu: Hungarian spells Russian names by how they sound, so “sh” becomes “s” and “s” becomes “sz”.'
			},
			evidence: inText('meeting-who')
		},
		{
			id: 'words-pyongyang',
			type: 'text',
			difficulty: 1,
			prompt: {
				hu: 'Hogy hívják angolul Phenjant, Észak-Korea fővárosát?',
				en: 'What do Hungarian texts call Pyongyang, the capital of North Korea?'
			},
			key: {
				hu: { lang: 'en', variants: ['Pyongyang', "P'yongyang"] },
				en: { lang: 'hu', variants: ['Phenjan'] }
			},
			explanation: {
				hu: 'Angolul Pyongyang. A magyar Phenjan régi, meghonosodott alak, ezért tér el ennyire.',
				en: 'In Hungarian it is Phenjan, an old, established form, which is why it looks so different.'
			},
			evidence: inText('meeting-who')
		},
		{
			id: 'words-kim',
			type: 'text',
			difficulty: 2,
			prompt: {
				hu: 'Írd be Kim Dzsong-un nevét úgy, ahogy angol szövegekben szerepel!',
				en: 'Type Kim Jong Un\u2019s name the way the Hungarian article writes it.'
			},
			key: {
				hu: { lang: 'en', variants: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jongun'] },
				en: { lang: 'hu', variants: ['Kim Dzsong-un', 'Kim Dzsongun'] }
			},
			explanation: {
				hu: 'Angolul Kim Jong Un (néha Kim Jong-un). Ahol a magyar átírás „dzs”-t ír, ott az angol „j”-t.',
				en: 'In Hungarian it is Kim Dzsong-un: Hungarian writes the English “j” sound as “dzs”.'
			},
			evidence: inText('meeting-who')
		},
		{
			id: 'words-veto',
			type: 'text',
			difficulty: 1,
			prompt: {
				hu: 'Oroszország 2024 márciusában megvétózta az ENSZ szakértői testülete megbízatásának meghosszabbítását. Mi a „vétó” angolul?',
				en: 'In March 2024 Russia vetoed extending the mandate of the UN panel of experts. What is “veto” in Hungarian? (Mind the accents.)'
			},
			key: {
				hu: { lang: 'en', variants: ['veto', 'a veto'] },
				en: { lang: 'hu', variants: ['vétó'] }
			},
			explanation: {
				hu: 'Angolul veto, ékezet nélkül. Vétó: egyetlen tag „nem” szavazata, amely megakadályozza a döntést.',
				en: 'In Hungarian it is vétó, with two accents. A veto is one member\u2019s “no” that blocks a decision.'
			},
			evidence: inText('why-veto')
		},
		{
			id: 'words-vostochny',
			type: 'text',
			difficulty: 2,
			prompt: {
				hu: 'Hogyan írják angolul a Vosztocsnij űrrepülőtér nevét, ahol Putyin és Kim 2023-ban találkozott?',
				en: 'How do Hungarian texts spell Vostochny, the cosmodrome where Putin and Kim met in 2023?'
			},
			key: {
				hu: { lang: 'en', variants: ['Vostochny', 'Vostochnyi', 'Vostochniy'] },
				en: { lang: 'hu', variants: ['Vosztocsnij'] }
			},
			explanation: {
				hu: 'Angolul Vostochny. Az orosz „cs” hangot az angol „ch”-val, a magyar „cs”-vel írja.',
				en: 'In Hungarian it is Vosztocsnij: the sound written “ch” in English is “cs” in Hungarian, and “s” is “sz”.'
			},
			evidence: inText('meetings-vostochny')
		},
		{
			id: 'words-treaty-terms',
			type: 'match',
			difficulty: 2,
			prompt: {
				hu: 'Mi a szerződésről szóló magyar kifejezések angol megfelelője?',
				en: 'What are the English equivalents of these Hungarian treaty terms?'
			},
			left: [
				opt('nemzetkozi-szerzodes', 'nemzetközi szerződés'),
				opt('ratifikalas', 'ratifikálás'),
				opt('hatalybalepes', 'hatálybalépés'),
				opt('allami-duma', 'Állami Duma')
			],
			right: [
				opt('treaty', 'treaty'),
				opt('ratification', 'ratification'),
				opt('entry-into-force', 'entry into force'),
				opt('state-duma', 'State Duma'),
				opt('armistice', 'armistice')
			],
			key: {
				'nemzetkozi-szerzodes': 'treaty',
				ratifikalas: 'ratification',
				hatalybalepes: 'entry-into-force',
				'allami-duma': 'state-duma'
			},
			explanation: {
				hu: 'Az aláírt szerződést (treaty) a felek ratifikálják (ratification), és csak ezután lép hatályba (entry into force). Oroszországban először az Állami Duma (State Duma) szavaz. Az armistice fegyverszünetet jelent.',
				en: 'A signed treaty (nemzetközi szerződés) is ratified (ratifikálás) and only then enters into force (hatálybalépés). In Russia the State Duma (Állami Duma) votes first. Armistice is fegyverszünet.'
			},
			evidence: inText('treaty')
		},
		{
			id: 'words-flows-terms',
			type: 'match',
			difficulty: 2,
			prompt: {
				hu: 'Mi a lőszerszállításokról szóló magyar kifejezések angol megfelelője?',
				en: 'What are the English equivalents of these Hungarian terms about the arms shipments?'
			},
			left: [
				opt('tuzersegi-loszer', 'tüzérségi lőszer'),
				opt('kaliber', 'kaliber'),
				opt('becsles', 'becslés'),
				opt('hirszerzes', 'hírszerzés')
			],
			right: [
				opt('artillery-shell', 'artillery shell'),
				opt('calibre', 'calibre'),
				opt('estimate', 'estimate'),
				opt('intelligence', 'intelligence'),
				opt('sanction', 'sanction')
			],
			key: {
				'tuzersegi-loszer': 'artillery-shell',
				kaliber: 'calibre',
				becsles: 'estimate',
				hirszerzes: 'intelligence'
			},
			explanation: {
				hu: 'Tüzérségi lőszer: artillery shell; kaliber: calibre (brit helyesírással); becslés: estimate; hírszerzés: intelligence. A sanction szankciót jelent.',
				en: 'Tüzérségi lőszer is artillery shell; kaliber is calibre; becslés is estimate; hírszerzés is intelligence. Sanction is szankció.'
			},
			evidence: inText('flows')
		},
		{
			id: 'words-names',
			type: 'match',
			difficulty: 2,
			prompt: {
				hu: 'Hogyan írják angolul ezeket a neveket?',
				en: 'How are these Hungarian spellings of names written in English?'
			},
			left: [
				opt('hu-putin', 'Vlagyimir Putyin'),
				opt('hu-choe', 'Cshö Szon-hi'),
				opt('hu-krivoruchko', 'Alekszej Krivorucsko'),
				opt('hu-belousov', 'Andrej Belouszov')
			],
			right: [
				opt('en-putin', 'Vladimir Putin'),
				opt('en-choe', 'Choe Son Hui'),
				opt('en-krivoruchko', 'Alexei Krivoruchko'),
				opt('en-belousov', 'Andrei Belousov'),
				opt('en-lavrov', 'Sergei Lavrov')
			],
			key: {
				'hu-putin': 'en-putin',
				'hu-choe': 'en-choe',
				'hu-krivoruchko': 'en-krivoruchko',
				'hu-belousov': 'en-belousov'
			},
			explanation: {
				hu: 'A magyar átírás a kiejtést követi: a „di” helyén „gyi” áll (Vlagyimir), „s” helyett „sz” (Belouszov), „ch” helyett „cs” (Krivorucsko). A Sergei Lavrov egyik magyar névhez sem tartozik: ő Szergej Lavrov, az orosz külügyminiszter.',
				en: 'Hungarian spells names by sound: “d” before “i” becomes “gy” (Vlagyimir), “s” becomes “sz” (Belouszov) and “ch” becomes “cs” (Krivorucsko). Sergei Lavrov, Russia\u2019s foreign minister, matches none of the Hungarian names.'
			},
			evidence: inText('meetings')
		},
		{
			id: 'words-bilateral',
			type: 'single',
			difficulty: 2,
			prompt: {
				hu: 'A cikk szerint a találkozón „kétoldalú” kérdések is szóba kerültek. Mit jelent itt a kétoldalú?',
				en: 'The article says that “kétoldalú” issues were discussed at the meeting. What does kétoldalú mean here?'
			},
			options: [
				opt('bilateral', 'a két országot érintő', 'bilateral: involving the two countries'),
				opt('two-faced', 'kétszínű, nem őszinte', 'two-faced, insincere'),
				opt('double-sided', 'kétoldalas, mint egy papírlap', 'double-sided, like a sheet of paper'),
				opt('both-parties', 'két politikai pártot érintő', 'involving two political parties')
			],
			key: 'bilateral',
			explanation: {
				hu: 'A kétoldalú itt két ország, Oroszország és Észak-Korea közös ügyeit jelenti, például a kereskedelmet; angolul bilateral.',
				en: 'Kétoldalú (literally “two-sided”) here means matters between two countries, Russia and North Korea, such as trade: in English, bilateral.'
			},
			evidence: inText('meeting-talks')
		},
		{
			id: 'words-defence-minister',
			type: 'single',
			difficulty: 1,
			prompt: {
				hu: 'A cikk szerint Sojgu 2023 júliusában még hadügyminiszter volt. Mi ennek a tisztségnek a szokásos angol neve?',
				en: 'The article says that in July 2023 Shoigu was still hadügyminiszter. What is the usual English name of that post?'
			},
			options: [
				opt('defence', 'defence minister', 'defence minister'),
				opt('war', 'minister of war', 'minister of war'),
				opt('interior', 'interior minister', 'interior minister'),
				opt('general', 'chief of the General Staff', 'chief of the General Staff')
			],
			key: 'defence',
			explanation: {
				hu: 'Angolul defence minister. A magyar sajtó az orosz tisztségre gyakran a „hadügyminiszter”, más országokéra a „védelmi miniszter” kifejezést használja; a kettő ugyanazt jelenti. A szó szerinti „minister of war” ma nem használatos.',
				en: 'Defence minister. Hungarian newspapers often call Russia\u2019s defence minister hadügyminiszter (literally “minister of war”) and other countries\u2019 védelmi miniszter; both mean the same.'
			},
			evidence: inText('first-visit-2023')
		},
		{
			id: 'words-two-councils',
			type: 'truefalse',
			difficulty: 1,
			prompt: {
				hu: 'Igaz vagy hamis? Az orosz Biztonsági Tanács, amelynek Sojgu a titkára, ugyanaz a testület, mint az ENSZ Biztonsági Tanácsa.',
				en: 'True or false? Russia\u2019s Security Council, of which Shoigu is secretary, is the same body as the UN Security Council.'
			},
			key: false,
			explanation: {
				hu: 'Hamis. Az orosz Biztonsági Tanács az orosz elnököt segíti védelmi és biztonsági kérdésekben. Az ENSZ Biztonsági Tanácsa nemzetközi testület, amely például 2006-ban szankciókat vezetett be Észak-Korea ellen.',
				en: 'False. Russia\u2019s Security Council advises Russia\u2019s president on defence and security. The UN Security Council is an international body which, for example, imposed sanctions on North Korea in 2006.'
			},
			evidence: inText('why-sanctions')
		}
	]
};
