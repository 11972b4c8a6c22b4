import { shuffle, shuffleAwayFrom } from './shuffle';
import type { Option, Question } from './types';

/**
 * The options of a question in the order this attempt shows them. Derived from the attempt's seed
 * and the question id, never stored: answers refer to option ids, so the order can be recomputed
 * after a reload or a language switch and still match.
 */
export function displayOptions(question: Question, seed: number): Option[] {
	switch (question.type) {
		case 'single':
		case 'multi':
		case 'table':
			return shuffle(question.options, seed, question.id);
		case 'match':
			return shuffle(question.right, seed, question.id);
		case 'order': {
			const byId = new Map(question.items.map((i) => [i.id, i]));
			return shuffleAwayFrom(
				question.items.map((i) => i.id),
				question.key,
				seed,
				question.id
			).map((id) => byId.get(id)!);
		}
		default:
			return [];
	}
}
