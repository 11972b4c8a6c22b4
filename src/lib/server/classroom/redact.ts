import { publicQuestion } from '$lib/quiz/question';
import { shuffle } from '$lib/quiz/shuffle';
import type { Option, Question } from '$lib/quiz/types';

const blank = { hu: '', en: '' };

/**
 * A question as the student's browser may see it during an assignment: the player's components
 * take a full `Question`, so the key and explanation are replaced with empty values rather than
 * left out. Nothing in the page source tells the answer; grading happens on the server. Text
 * questions keep which language the answer is to be typed in (the input needs it), not the answers.
 */
export function redactQuestion(question: Question, seed: number): Question {
	const shown = publicQuestion(question, seed);
	switch (shown.type) {
		case 'single':
		case 'table':
			return { ...shown, key: '', explanation: blank };
		case 'multi':
			return { ...shown, key: [], explanation: blank };
		case 'order':
			return {
				...shown,
				items: unshuffled(shown.items, seed, shown.id),
				key: [],
				explanation: blank
			};
		case 'truefalse':
			return { ...shown, key: false, explanation: blank };
		case 'match':
			return { ...shown, key: {}, explanation: blank };
		case 'numeric':
			return { ...shown, key: { value: 0, tolerance: 0 }, explanation: blank };
		case 'text': {
			const key = (question as Extract<Question, { type: 'text' }>).key;
			return {
				...shown,
				key: { hu: { lang: key.hu.lang, variants: [] }, en: { lang: key.en.lang, variants: [] } },
				explanation: blank
			};
		}
	}
}

/**
 * The items in the order that the player's own seeded shuffle (`displayOptions`, which cannot keep
 * away from a key it does not have) turns back into `shown`: the student then sees the order that
 * `publicQuestion` chose, never the correct one. Sent as they are, a second shuffle with the same
 * seed could undo the first and show the answer.
 */
function unshuffled(shown: readonly Option[], seed: number, salt: string): Option[] {
	const positions = shuffle(
		shown.map((_, i) => i),
		seed,
		salt
	);
	const out: Option[] = new Array(shown.length);
	positions.forEach((from, to) => (out[from] = shown[to]));
	return out;
}
