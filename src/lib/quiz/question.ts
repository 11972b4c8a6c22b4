import type { Answer, Question } from './types';

/**
 * The correct answer to a question, as an `Answer`: shown on the result screen, and used by specs
 * to prove that every key in the bank earns full marks. For typed answers, the first variant
 * accepted in `lang` (the display language).
 */
export function answerKey(question: Question, lang: 'hu' | 'en' = 'hu'): Answer {
	switch (question.type) {
		case 'single':
		case 'table':
			return { type: question.type, choice: question.key };
		case 'multi':
			return { type: 'multi', choices: [...question.key] };
		case 'truefalse':
			return { type: 'truefalse', value: question.key };
		case 'order':
			return { type: 'order', sequence: [...question.key] };
		case 'match':
			return { type: 'match', pairs: { ...question.key } };
		case 'numeric':
			return { type: 'numeric', value: question.key.value };
		case 'text':
			return { type: 'text', text: question.key[lang].variants[0], lang };
	}
}
