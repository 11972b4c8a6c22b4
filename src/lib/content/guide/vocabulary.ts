import { intlLocale, type Lang } from '$lib/i18n/langs';
import type { FactId } from './types';
import type { Text } from './types';

/** A vocabulary-sheet entry: the term in each language and a short definition in each. */
export interface VocabEntry {
	term: Text;
	definition: Text;
	/** Facts a definition states (dates, office holders), so that the sheet can print their sources. */
	facts?: FactId[];
}

/**
 * Words of the default lesson's article that its glossary does not define; the vocabulary
 * sheet prints them together with the glossary, so the sheet and the app use the same definitions.
 */
export const lessonTerms: VocabEntry[] = [
	{
		term: { hu: 'titkár', en: 'secretary' },
		definition: {
			hu: 'Itt: a Biztonsági Tanács munkáját irányító vezető, nem irodai munkatárs.',
			en: 'Here: the official who runs the Security Council’s work, not an office assistant.'
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
		term: { hu: 'konténer', en: 'container' },
		definition: {
			hu: 'Szabványos méretű szállítóláda hajóra, vonatra. A szállításokat konténerszámban becsülik.',
			en: 'A standard-sized shipping box for ships and trains. The shipments are estimated by counting containers.'
		},
		facts: ['se-shells-rok-2024-09']
	}
];

/** Facts the glossary's definitions state (dates, office holders), printed as the sheet's sources. */
export const glossaryFacts: FactId[] = [
	'bg-shoigu-roles',
	'ev-2024-05-12-shoigu-security-council',
	'ev-2024-06-19-treaty-signed',
	'ev-2024-12-04-treaty-in-force',
	'bg-152mm',
	'bg-unsc-1718',
	'ev-2024-03-28-poe-veto'
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

/** The vocabulary sheet's entries (a lesson's glossary and its own terms), alphabetical in `lang`. */
export function vocabularyFor(terms: readonly VocabEntry[], lang: Lang): VocabEntry[] {
	const collator = new Intl.Collator(intlLocale[lang]);
	return [...terms].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}
