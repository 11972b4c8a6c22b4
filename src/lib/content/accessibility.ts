import type { Text } from '$lib/quiz/types';

/**
 * The accessibility statement (akadálymentesítési nyilatkozat) that Act LXXV of 2018 asks of
 * public-sector sites, state schools included. Kept true by accessibility.spec.ts: the list of
 * tested pages must match the routes.
 */

/** When the statement was prepared and last reviewed (ISO dates, shown through Intl). */
export const statementDates = { prepared: '2026-12-01', reviewed: '2026-12-01' };

/** Every page of the site, as its route, with a name; each is covered by the automated checks. */
export const testedPages: { route: string; name: Text }[] = [
	{ route: '/[lang]', name: { hu: 'Kezdőlap', en: 'Home' } },
	{ route: '/[lang]/lessons', name: { hu: 'Leckék', en: 'Lessons' } },
	{ route: '/[lang]/[lesson]/explainer', name: { hu: 'Magyarázat', en: 'Explainer' } },
	{ route: '/[lang]/[lesson]/glossary', name: { hu: 'Szószedet', en: 'Glossary' } },
	{
		route: '/[lang]/[lesson]/timeline',
		name: { hu: 'Idővonal és grafikonok', en: 'Timeline and charts' }
	},
	{ route: '/[lang]/[lesson]/quizzes', name: { hu: 'Kvízek', en: 'Quizzes' } },
	{ route: '/[lang]/[lesson]/quizzes/[quiz]', name: { hu: 'Egy kvíz', en: 'A quiz' } },
	{ route: '/[lang]/join', name: { hu: 'Csatlakozás kóddal', en: 'Join with a code' } },
	{ route: '/[lang]/join/[code]', name: { hu: 'Becenév választása', en: 'Choosing a nickname' } },
	{
		route: '/[lang]/attempt/[id]',
		name: { hu: 'Osztályfeladat kitöltése', en: 'A class assignment' }
	},
	{
		route: '/[lang]/attempt/[token]',
		name: { hu: 'A saját link megnyitása', en: 'Opening your own link' }
	},
	{ route: '/[lang]/teacher', name: { hu: 'Tanári oldal', en: "Teacher's page" } },
	{
		route: '/[lang]/teacher/a/[id]/[key]',
		name: { hu: 'A privát link megnyitása', en: 'Opening the private link' }
	},
	{
		route: '/[lang]/teacher/a/[id]',
		name: { hu: 'Tanári áttekintő', en: "Teacher's dashboard" }
	},
	{
		route: '/[lang]/teacher/a/[id]/show',
		name: { hu: 'Osztálynézet', en: 'Class view' }
	},
	{ route: '/[lang]/[lesson]/guide', name: { hu: 'Tanári útmutató', en: "Teacher's guide" } },
	{
		route: '/[lang]/[lesson]/guide/print/[sheet]',
		name: { hu: 'Nyomtatható lapok', en: 'Printable sheets' }
	},
	{
		route: '/[lang]/accessibility',
		name: { hu: 'Akadálymentességi nyilatkozat', en: 'Accessibility statement' }
	}
];

export const statement = {
	title: { hu: 'Akadálymentességi nyilatkozat', en: 'Accessibility statement' },
	intro: {
		hu: 'Ez a nyilatkozat a kétnyelvű „Sojgu Phenjanban” leckére vonatkozik. A közszférabeli szervezetek honlapjainak és mobilalkalmazásainak akadálymentesítéséről szóló 2018. évi LXXV. törvény szerint készült, amely az állami iskolákra is vonatkozik.',
		en: 'This statement covers the bilingual lesson "Shoigu in Pyongyang". It follows Hungary\'s Act LXXV of 2018 on the accessibility of the websites and mobile applications of public-sector bodies, which applies to state schools too.'
	},
	standardHeading: { hu: 'Megfelelőség', en: 'Compliance status' },
	standard: {
		hu: 'A cél a WCAG 2.2 AA szintjének (és az EN 301 549 szabványnak) való megfelelés. A webhely részben megfelel: az alább felsorolt korlátok kivételével teljesíti a követelményeket.',
		en: 'The aim is to meet WCAG 2.2 at level AA (and the EN 301 549 standard). The site is partially compliant: it meets the requirements except for the limitations listed below.'
	},
	testedHeading: { hu: 'Hogyan ellenőriztük', en: 'How it was tested' },
	tested: {
		hu: 'Önértékelés. Minden oldalt automatikusan ellenőrzünk az axe-core eszközzel (WCAG 2.0–2.2 A és AA szabályok) mindkét nyelven, telefon szélességén, a nagy elrendezésű oldalakat asztali szélességben is; a tesztek minden módosítás előtt lefutnak, és egyetlen hiba sem engedett. A fő utakat csak billentyűzettel is végigjárjuk (kvíz kitöltése, csatlakozás kóddal, osztályfeladat beküldése, szószedet), és ellenőrizzük, hogy a fókusz egy művelet után sem vész el.',
		en: "Self-assessment. Every page is checked automatically with axe-core (WCAG 2.0–2.2 A and AA rules) in both languages at a phone's width, the widest layouts at a desktop's width too; the tests run before every change, and no violation is allowed. The main paths are also run with the keyboard only (taking a quiz, joining with a code, submitting a class assignment, the glossary), checking that focus is never lost after an action."
	},
	pagesHeading: { hu: 'Az ellenőrzött oldalak', en: 'The pages tested' },
	limitsHeading: { hu: 'Ismert korlátok', en: 'Known limitations' },
	limits: [
		{
			hu: 'A grafikonok rajzok (canvas). Minden grafikon alatt ott van ugyanaz az adat táblázatként és CSV-fájlként, a lényeg pedig szövegben is.',
			en: 'The charts are drawings (canvas). Under every chart the same data is there as a table and as a CSV file, and the main point in words.'
		},
		{
			hu: 'A felolvasás a böngésző beépített hangjait használja; hogy van-e magyar hang, az a géptől függ.',
			en: "Read-aloud uses the browser's built-in voices; whether a Hungarian voice is available depends on the device."
		},
		{
			hu: 'Egy hosszú osztályfeladatban sok tabulátorlépés vezet a beküldés gombjáig.',
			en: 'In a long class assignment it takes many Tab presses to reach the submit button.'
		},
		{
			hu: 'A webhelyet képernyőolvasót használó emberek még nem próbálták ki; az automatikus ellenőrzés ezt nem pótolja.',
			en: 'People who use screen readers have not yet tried the site; automated checks do not replace that.'
		},
		{
			hu: 'A Moodle-be vagy más tanulási környezetbe exportált kérdések ott a környezet saját felületén jelennek meg, annak akadálymentessége szerint.',
			en: "Questions exported to Moodle or another learning platform are shown there in the platform's own interface, as accessible as that platform is."
		},
		{
			hu: 'A forrásokra mutató külső hivatkozások más webhelyekre vezetnek, amelyekre ez a nyilatkozat nem vonatkozik.',
			en: 'Links to sources lead to other sites, which this statement does not cover.'
		}
	] as Text[],
	reportHeading: { hu: 'Hiba bejelentése', en: 'Reporting a problem' },
	report: {
		hu: 'Ha valamit nem tudsz elérni vagy használni ezen a webhelyen, írd meg nekünk: mit próbáltál, melyik oldalon, milyen eszközzel. 15 napon belül válaszolunk, és ha kell, más formában is elérhetővé tesszük a tartalmat.',
		en: 'If you cannot reach or use something on this site, tell us: what you tried, on which page, with what device. We answer within 15 days and, where needed, make the content available in another form.'
	},
	reportContact: { hu: 'Kapcsolat:', en: 'Contact:' },
	reportNoContact: {
		hu: 'Szólj annak a tanárnak, akitől a linket kaptad; ő továbbítja a webhelyet üzemeltető iskolának.',
		en: 'Tell the teacher who gave you the link; they pass it on to the school that runs the site.'
	},
	enforcement: {
		hu: 'Ha a válaszunk nem kielégítő, a közszféra honlapjainak akadálymentességét felügyelő hatósághoz fordulhatsz.',
		en: 'If our answer does not satisfy you, you can turn to the authority that monitors the accessibility of public-sector websites in Hungary.'
	},
	datesHeading: { hu: 'A nyilatkozat dátuma', en: 'Date of this statement' },
	prepared: { hu: 'Készült:', en: 'Prepared:' },
	reviewed: { hu: 'Utoljára felülvizsgálva:', en: 'Last reviewed:' }
} as const;
