import { publicQuestion } from '$lib/quiz/question';
import type { Question } from '$lib/quiz/types';

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
		case 'order':
			return { ...shown, key: [], explanation: blank } as Question;
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
