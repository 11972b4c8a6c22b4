import type { FactId } from './sources';
import type { Text } from './types';

/** A vocabulary-sheet entry: the term in each language and a short definition in each. */
export interface VocabEntry {
	term: Text;
	definition: Text;
	/** Facts a definition states (dates, office holders), so that the sheet can print their sources. */
	facts?: FactId[];
}

/** The words of the article and the lesson, in the order a reader meets them. */
export const vocabulary: VocabEntry[] = [
	{
		term: { hu: 'biztonsági tanács (orosz)', en: 'Security Council (of Russia)' },
		definition: {
			hu: 'Az orosz elnök mellett működő testület, amely a nemzetbiztonsági kérdéseket egyezteti. Titkára 2024 májusa óta Szergej Sojgu.',
			en: 'A body advising Russia’s president on national security. Its secretary since May 2024 has been Sergei Shoigu.'
		},
		facts: ['bg-shoigu-roles']
	},
	{
		term: { hu: 'titkár', en: 'secretary' },
		definition: {
			hu: 'Itt: a Biztonsági Tanács munkáját irányító vezető, nem irodai munkatárs.',
			en: 'Here: the official who runs the Security Council’s work, not an office assistant.'
		}
	},
	{
		term: { hu: 'hadügyminiszter, védelmi miniszter', en: 'defence minister' },
		definition: {
			hu: 'A fegyveres erőkért felelős miniszter. Oroszországban 2012 és 2024 között Sojgu, azóta Andrej Belouszov.',
			en: 'The minister in charge of the armed forces. In Russia, Shoigu from 2012 to 2024, then Andrei Belousov.'
		},
		facts: ['bg-shoigu-roles', 'ev-2024-05-12-shoigu-security-council']
	},
	{
		term: { hu: 'kétoldalú', en: 'bilateral' },
		definition: {
			hu: 'Két ország közötti (pl. kétoldalú kérdések, kétoldalú kereskedelem).',
			en: 'Between two countries (e.g. bilateral issues, bilateral trade).'
		}
	},
	{
		term: { hu: 'közlemény', en: 'statement' },
		definition: {
			hu: 'Egy intézmény hivatalos, nyilvános tájékoztatása; azt mondja el, amit az intézmény közölni akar.',
			en: 'An official public announcement by an institution; it says what the institution wants to say.'
		}
	},
	{
		term: { hu: 'fegyverszállítmány', en: 'arms shipment' },
		definition: {
			hu: 'Egyszerre elküldött fegyver- vagy lőszerrakomány.',
			en: 'A load of weapons or ammunition sent in one go.'
		}
	},
	{
		term: { hu: 'ballisztikus rakéta', en: 'ballistic missile' },
		definition: {
			hu: 'Rakéta, amely a kilövés után ívelt pályán, nagyrészt a gravitáció hatására repül a célig; a rövid hatótávolságú néhány száz kilométerre jut.',
			en: 'A missile that, once launched, flies to its target on a curved path, mostly under gravity; a short-range one reaches a few hundred kilometres.'
		}
	},
	{
		term: { hu: 'tüzérségi lőszer, lövedék', en: 'artillery ammunition, shell' },
		definition: {
			hu: 'A tüzérségi lövegek (ágyúk, tarackok) által kilőtt töltet; a lövedék egyetlen darab belőle.',
			en: 'What artillery guns (cannons, howitzers) fire; a shell is a single round of it.'
		}
	},
	{
		term: { hu: 'kaliber (152 mm-es)', en: 'calibre (152-mm)' },
		definition: {
			hu: 'A cső belső átmérője; a 152 mm-es lövedék csak 152 mm-es lövegbe illik. Az orosz és az észak-koreai tüzérség is ezt a szovjet szabványt használja.',
			en: 'The inside width of a gun barrel; a 152-mm shell fits only a 152-mm gun. Both Russian and North Korean artillery use this Soviet standard.'
		},
		facts: ['bg-152mm']
	},
	{
		term: { hu: 'konténer', en: 'container' },
		definition: {
			hu: 'Szabványos méretű szállítóláda hajóra, vonatra. A szállításokat konténerszámban becsülik.',
			en: 'A standard-sized shipping box for ships and trains. The shipments are estimated by counting containers.'
		},
		facts: ['se-shells-rok-2024-09']
	},
	{
		term: { hu: 'műholdfelvétel', en: 'satellite image' },
		definition: {
			hu: 'Az űrből készült fénykép; kikötők és vasútállomások forgalmát lehet vele követni.',
			en: 'A photograph taken from space; it can show traffic at ports and rail yards.'
		}
	},
	{
		term: { hu: 'hírszerzés', en: 'intelligence' },
		definition: {
			hu: 'Titkos információgyűjtés, és az az állami szerv, amely ezt végzi (pl. a dél-koreai NIS).',
			en: 'Secret gathering of information, and the state agency that does it (e.g. South Korea’s NIS).'
		}
	},
	{
		term: { hu: 'becslés', en: 'estimate' },
		definition: {
			hu: 'Részadatokból kiszámolt, közelítő szám. Mindig meg kell mondani, ki készítette és miből.',
			en: 'An approximate number worked out from partial data. Always say who made it and from what.'
		}
	},
	{
		term: { hu: 'küldöttség', en: 'delegation' },
		definition: {
			hu: 'Egy országot hivatalosan képviselő csoport egy látogatáson.',
			en: 'A group officially representing a country on a visit.'
		}
	},
	{
		term: { hu: 'kölcsönös védelmi egyezmény', en: 'mutual defence treaty' },
		definition: {
			hu: 'Szerződés, amelyben két ország megígéri, hogy megvédik egymást, ha valamelyiküket megtámadják.',
			en: 'A treaty in which two countries promise to defend each other if either is attacked.'
		}
	},
	{
		term: { hu: 'átfogó stratégiai partnerség', en: 'comprehensive strategic partnership' },
		definition: {
			hu: 'A 2024. június 19-én aláírt orosz–észak-koreai szerződés neve; 4. cikke a kölcsönös katonai segítségről szól.',
			en: 'The name of the Russia–North Korea treaty signed on 19 June 2024; its Article 4 is on mutual military assistance.'
		},
		facts: ['ev-2024-06-19-treaty-signed']
	},
	{
		term: { hu: 'ratifikálás', en: 'ratification' },
		definition: {
			hu: 'Az aláírt szerződés jóváhagyása (pl. a parlamentben); ezután léphet hatályba.',
			en: 'Formal approval of a signed treaty (for example by parliament), after which it can enter into force.'
		}
	},
	{
		term: { hu: 'hatályba lép', en: 'enter into force' },
		definition: {
			hu: 'Érvényessé, kötelezővé válik. A 2024-es szerződés 2024. december 4-én lépett hatályba.',
			en: 'Become valid and binding. The 2024 treaty entered into force on 4 December 2024.'
		},
		facts: ['ev-2024-12-04-treaty-in-force']
	},
	{
		term: { hu: 'szankció', en: 'sanction' },
		definition: {
			hu: 'Büntető intézkedés egy ország ellen, pl. fegyverkereskedelmi tilalom. Az ENSZ 2006 óta sújtja szankciókkal Észak-Koreát.',
			en: 'A penalty against a country, such as a ban on arms trade. The UN has had sanctions on North Korea since 2006.'
		},
		facts: ['bg-unsc-1718']
	},
	{
		term: { hu: 'vétó', en: 'veto' },
		definition: {
			hu: 'Az ENSZ Biztonsági Tanácsának öt állandó tagja egyedül is megakadályozhat egy határozatot. Oroszország 2024. március 28-án így szüntette meg a szankciókat ellenőrző szakértői testületet.',
			en: 'Any of the five permanent members of the UN Security Council can block a resolution alone. This is how Russia ended the panel that monitored the sanctions, on 28 March 2024.'
		},
		facts: ['ev-2024-03-28-poe-veto']
	}
];

/** Names as each language writes them (the Hungarian forms follow the article). */
export const nameForms: Text[] = [
	{ hu: 'Szergej Sojgu', en: 'Sergei Shoigu' },
	{ hu: 'Kim Dzsong-un', en: 'Kim Jong Un' },
	{ hu: 'Vlagyimir Putyin', en: 'Vladimir Putin' },
	{ hu: 'Kim Ir Szen', en: 'Kim Il Sung' },
	{ hu: 'Phenjan', en: 'Pyongyang' },
	{ hu: 'Vosztocsnij', en: 'Vostochny' },
	{ hu: 'Kurszk', en: 'Kursk' },
	{ hu: 'Észak-Korea (KNDK)', en: 'North Korea (DPRK)' }
];
