import type { Lang } from '$lib/i18n/langs';

/** A person the explainer relies on: both name forms, and roles, each with the fact that backs it. */
export interface Person {
	id: string;
	/** Hungarian transliteration and the usual English form (they differ: Sojgu / Shoigu). */
	name: Record<Lang, string>;
	country: Record<Lang, string>;
	roles: { text: Record<Lang, string>; fact: string }[];
}

const russia = { hu: 'Oroszország', en: 'Russia' };
const northKorea = { hu: 'Észak-Korea', en: 'North Korea' };

export const people: Person[] = [
	{
		id: 'shoigu',
		name: { hu: 'Szergej Sojgu', en: 'Sergei Shoigu' },
		country: russia,
		roles: [
			{
				text: {
					hu: 'Született 1955. május 21-én. 2012 novemberétől 2024 májusáig hadügyminiszter.',
					en: 'Born 21 May 1955. Defence minister from November 2012 to May 2024.'
				},
				fact: 'bg-shoigu-roles'
			},
			{
				text: {
					hu: '2024. május 12-e óta az orosz Biztonsági Tanács titkára.',
					en: 'Secretary of Russia’s Security Council since 12 May 2024.'
				},
				fact: 'ev-2024-05-12-shoigu-security-council'
			},
			{
				text: {
					hu: 'Phenjanban járt 2023 júliusában és 2024. szeptember 13-án (erről szól a cikk), majd 2025-ben még háromszor.',
					en: 'Visited Pyongyang in July 2023 and on 13 September 2024 (the visit in the article), then three more times in 2025.'
				},
				fact: 'ev-2024-09-13-shoigu-pyongyang'
			},
			{
				text: {
					hu: '2025-ben háromszor járt Phenjanban: március 21-én, június 4-én és június 17-én.',
					en: 'Went to Pyongyang three times in 2025: on 21 March, 4 June and 17 June.'
				},
				fact: 'se-shoigu-trips-2025'
			}
		]
	},
	{
		id: 'kim-jong-un',
		name: { hu: 'Kim Dzsong-un', en: 'Kim Jong Un' },
		country: northKorea,
		roles: [
			{
				text: {
					hu: 'Észak-Korea vezetője. 2024. szeptember 13-án Phenjanban fogadta Sojgut.',
					en: 'North Korea’s leader. Received Shoigu in Pyongyang on 13 September 2024.'
				},
				fact: 'ev-2024-09-13-shoigu-pyongyang'
			},
			{
				text: {
					hu: '2024. június 19-én Putyinnal aláírta az átfogó stratégiai partnerségről szóló szerződést.',
					en: 'Signed the Treaty on Comprehensive Strategic Partnership with Putin on 19 June 2024.'
				},
				fact: 'ev-2024-06-19-treaty-signed'
			}
		]
	},
	{
		id: 'putin',
		name: { hu: 'Vlagyimir Putyin', en: 'Vladimir Putin' },
		country: russia,
		roles: [
			{
				text: {
					hu: 'Oroszország elnöke. 2000 júliusában és 2024 júniusában járt Phenjanban.',
					en: 'Russia’s president. Visited Pyongyang in July 2000 and June 2024.'
				},
				fact: 'ev-2024-06-18-putin-pyongyang'
			},
			{
				text: {
					hu: '2023. szeptember 13-án a Vosztocsnij űrrepülőtéren fogadta Kim Dzsong-unt.',
					en: 'Hosted Kim Jong Un at the Vostochny Cosmodrome on 13 September 2023.'
				},
				fact: 'ev-2023-09-13-vostochny-summit'
			}
		]
	},
	{
		id: 'lavrov',
		name: { hu: 'Szergej Lavrov', en: 'Sergei Lavrov' },
		country: russia,
		roles: [
			{
				text: {
					hu: 'Oroszország külügyminisztere. 2023 októberében Phenjanban tárgyalt.',
					en: 'Russia’s foreign minister. Held talks in Pyongyang in October 2023.'
				},
				fact: 'ev-2023-10-18-lavrov-pyongyang'
			},
			{
				text: {
					hu: '2025 júliusában Vonszanban Kim Dzsong-unnal is találkozott.',
					en: 'Met Kim Jong Un in Wonsan in July 2025.'
				},
				fact: 'ev-2025-07-11-lavrov-wonsan'
			}
		]
	},
	{
		id: 'choe-son-hui',
		name: { hu: 'Cshö Szon-hi', en: 'Choe Son Hui' },
		country: northKorea,
		roles: [
			{
				text: {
					hu: 'Észak-Korea külügyminisztere. 2024 januárjában Moszkvában Putyin is fogadta.',
					en: 'North Korea’s foreign minister. Received by Putin in Moscow in January 2024.'
				},
				fact: 'ev-2024-01-15-choe-moscow'
			},
			{
				text: {
					hu: '2024 novemberében Putyin ismét fogadta a Kremlben.',
					en: 'In November 2024 Putin received her again in the Kremlin.'
				},
				fact: 'ev-2024-11-04-choe-putin'
			},
			{
				text: {
					hu: '2025 októberében Putyin harmadszor is fogadta.',
					en: 'In October 2025 Putin received her a third time.'
				},
				fact: 'ev-2025-10-27-choe-putin'
			}
		]
	},
	{
		id: 'krivoruchko',
		name: { hu: 'Alekszej Krivorucsko', en: 'Alexei Krivoruchko' },
		country: russia,
		roles: [
			{
				text: {
					hu: 'Orosz hadügyminiszter-helyettes. 2024. július 18-án katonai delegációt vezetett Phenjanba.',
					en: 'Russian deputy defence minister. Led a military delegation to Pyongyang on 18 July 2024.'
				},
				fact: 'ev-2024-07-18-military-delegation'
			}
		]
	},
	{
		id: 'belousov',
		name: { hu: 'Andrej Belouszov', en: 'Andrei Belousov' },
		country: russia,
		roles: [
			{
				text: {
					hu: '2024 májusától Sojgu utódja a hadügyminisztérium élén.',
					en: 'Succeeded Shoigu as defence minister in May 2024.'
				},
				fact: 'ev-2024-05-12-shoigu-security-council'
			},
			{
				text: {
					hu: '2024 novemberének végén Phenjanban tárgyalt Kim Dzsong-unnal.',
					en: 'Held talks with Kim Jong Un in Pyongyang at the end of November 2024.'
				},
				fact: 'ev-2024-11-29-belousov-pyongyang'
			}
		]
	},
	{
		id: 'kim-jong-il',
		name: { hu: 'Kim Dzsong-il', en: 'Kim Jong Il' },
		country: northKorea,
		roles: [
			{
				text: {
					hu: 'Kim Dzsong-un apja, Észak-Korea korábbi vezetője. 2000 júliusában ő fogadta Putyint Phenjanban.',
					en: 'Kim Jong Un’s father and North Korea’s former leader. He received Putin in Pyongyang in July 2000.'
				},
				fact: 'bg-putin-2000-visit'
			}
		]
	}
];
