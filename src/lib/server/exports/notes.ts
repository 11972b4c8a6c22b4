import type { QuestionType, Text } from '$lib/quiz/types';

/**
 * What each format carries and what it drops, written into the exported files themselves so that
 * the teacher who imports them sees it, in both languages.
 */
export const moodleNotes = {
	intro: {
		hu: 'Sojgu Phenjanban – kérdésbank Moodle XML formátumban, magyarul és angolul. A szövegek Moodle multilang elemekben vannak: kapcsold be a „Többnyelvű tartalom” szűrőt a tartalomra és a címekre is, így minden diák a saját nyelvén látja a kérdést. A fájl a megoldókulcsot is tartalmazza: ne tedd közzé.',
		en: 'Shoigu in Pyongyang – question bank in Moodle XML, in Hungarian and English. The texts are in Moodle multilang spans: turn on the "Multi-language content" filter for content and headings, so that each student sees the question in their language. The file contains the answer key: do not publish it.'
	},
	carries: {
		hu: 'Átkerül: kérdésszöveg, válaszlehetőségek, kulcs, részpontozás, magyarázat (általános visszajelzés), hivatkozás a bizonyítékra, helyes/részben helyes/hibás visszajelzés.',
		en: 'Carried: question text, options, key, partial credit, explanation (general feedback), link to the evidence, correct/partly correct/incorrect feedback.'
	},
	drops: {
		hu: 'Elveszik: a nyelvenkénti elfogadott válaszok (a rövid válaszos kérdés mindkét nyelv változatait elfogadja), az ékezethibára és a másik nyelvű válaszra adott külön visszajelzés, a számos kérdés „túl sok / túl kevés” visszajelzése, a nehézségi szint.',
		en: 'Dropped: accepted answers per language (a short-answer question accepts the variants of both languages), the separate feedback on a missing accent and on an answer in the other language, "too high / too low" feedback on numbers, the difficulty level.'
	}
} satisfies Record<string, Text>;

/** Per question type: how it lands in Moodle, where the mapping is not one to one. */
export const moodleTypeNotes: Partial<Record<QuestionType, Text>> = {
	order: {
		hu: 'Sorba rendezés: a Moodle „Ordering” kérdéstípusa (régebbi Moodle-ön bővítmény). A pontozás RELATIVE_ALL_PREVIOUS_AND_NEXT: közel áll a lecke páronkénti pontozásához, de nem azonos vele.',
		en: 'Ordering: Moodle\'s "Ordering" question type (a plugin on older Moodle sites). Graded with RELATIVE_ALL_PREVIOUS_AND_NEXT: close to the lesson\'s pairwise score, but not the same.'
	},
	text: {
		hu: 'Rövid válasz: mindkét nyelv elfogadott változatai, kis- és nagybetű nem számít. A Moodle nem hagyja figyelmen kívül az írásjeleket, és az ékezet nélküli választ sem jelzi külön.',
		en: 'Short answer: the accepted variants of both languages, case ignored. Moodle does not ignore punctuation and does not flag an answer that only misses an accent.'
	},
	numeric: {
		hu: 'Számos kérdés: a mértékegység a kérdés szövegében áll, a Moodle mértékegység-kezelése nélkül.',
		en: "Numerical: the unit is in the question text, without Moodle's unit handling."
	},
	table: {
		hu: 'Adattáblás kérdés: a Moodle-ben nincs ilyen típus, ezért feleletválasztós kérdés, a táblázat HTML-ként a kérdés szövegében.',
		en: 'Data-table question: Moodle has no such type, so it is a multiple-choice question with the table as HTML in the question text.'
	},
	match: {
		hu: 'Párosítás: a jobb oldali lehetőségek egyszerű szövegek; a nyelvi szűrő csak akkor hat rájuk, ha a szűrő a címekre is be van kapcsolva.',
		en: 'Matching: the choices on the right are plain strings; the language filter reaches them only when it is on for headings too.'
	}
};

export const qtiNotes = {
	intro: {
		hu: 'Sojgu Phenjanban – QTI 3.0 tartalomcsomag, kérdésenként egy elem, magyarul és angolul (xml:lang). A csomag a megoldókulcsot is tartalmazza.',
		en: 'Shoigu in Pyongyang – QTI 3.0 content package, one item per question, in Hungarian and English (xml:lang). The package contains the answer key.'
	},
	carries: {
		hu: 'Átkerül: kérdésszöveg mindkét nyelven, válaszlehetőségek, kulcs, részpontozás (több helyes válasz, párosítás), tűréshatár a számos kérdésnél, rövid válaszok változatai, magyarázat (modális visszajelzés), kvízenként egy teszt.',
		en: 'Carried: question text in both languages, options, key, partial credit (multiple answers, matching), tolerance on numbers, short-answer variants, explanation (modal feedback), one test per quiz.'
	},
	drops: {
		hu: 'Elveszik: a sorba rendezés részpontozása (csak a teljesen jó sorrend ér pontot), a nyelvenkénti elfogadott válaszok és az írásjelek figyelmen kívül hagyása, az ékezethibára adott külön visszajelzés, a bizonyíték hivatkozása, a nehézségi szint. A QTI egy elemen belül nem választja ki a nyelvet: a lejátszó mindkét nyelvű szöveget mutatja, ha nem szűr xml:lang szerint.',
		en: 'Dropped: partial credit on ordering (only the fully right order scores), accepted answers per language and ignoring punctuation, the separate feedback on a missing accent, the evidence link, the difficulty level. QTI does not pick a language inside one item: a player shows both languages unless it filters by xml:lang.'
	}
} satisfies Record<string, Text>;

/** Both languages of a note in one comment line. */
export function noteLines(note: Text): string[] {
	return [`[hu] ${note.hu}`, `[en] ${note.en}`];
}
