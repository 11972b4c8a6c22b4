import type { Answer } from './types';

/*
 * The marks a checked question shows on each of its parts. They are read from the key the server
 * revealed once the answer was final (never from anything the browser held before), so that the
 * marks and the grading can never disagree and no key reaches the page early.
 */

/** right: chosen and correct; wrong: chosen, not correct; missed: correct, not chosen. */
export type ChoiceMark = 'right' | 'wrong' | 'missed';

/** Whether an answer to a choice question (single, multi, true/false, table) picks option `id`. */
export function picks(answer: Answer | null, id: string): boolean {
	if (!answer) return false;
	if (answer.type === 'multi') return answer.choices.includes(id);
	if (answer.type === 'truefalse') return String(answer.value) === id;
	if (answer.type === 'single' || answer.type === 'table') return answer.choice === id;
	return false;
}

/** The mark of one option of a choice question; null before a check and on options left alone rightly. */
export function choiceMark(
	answer: Answer | null,
	key: Answer | null,
	id: string
): ChoiceMark | null {
	if (!key) return null;
	const chosen = picks(answer, id);
	const correct = picks(key, id);
	return chosen ? (correct ? 'right' : 'wrong') : correct ? 'missed' : null;
}

/** One pair of a checked match question: the reader's pick against the partner the key names. */
export interface PairMark {
	/** right: the key's partner; wrong: another one; none: nothing was chosen. */
	mark: 'right' | 'wrong' | 'none';
	/** The id of the right-side option that belongs to this item. */
	partner: string;
}

/** Marks for every item of a checked match question, by left id; null before a check. */
export function pairMarks(
	answer: Answer | null,
	key: Answer | null
): Record<string, PairMark> | null {
	if (key?.type !== 'match') return null;
	const pairs = answer?.type === 'match' ? answer.pairs : {};
	return Object.fromEntries(
		Object.entries(key.pairs).map(([left, partner]) => {
			const chosen = pairs[left];
			const mark = chosen === undefined ? 'none' : chosen === partner ? 'right' : 'wrong';
			return [left, { mark, partner }];
		})
	);
}

/** One row of a checked order question. */
export interface PlaceMark {
	/** right: the row is where the key puts it; wrong: it is elsewhere. */
	mark: 'right' | 'wrong';
	/** Where the key puts it, 1-based, earliest first. */
	place: number;
}

/** Marks for every item of a checked order question as `sequence` shows them, by id; null before a check. */
export function placeMarks(
	sequence: readonly string[],
	key: Answer | null
): Record<string, PlaceMark> | null {
	if (key?.type !== 'order') return null;
	const places = new Map(key.sequence.map((id, i) => [id, i + 1]));
	return Object.fromEntries(
		sequence.flatMap((id, i) => {
			const place = places.get(id);
			return place ? [[id, { mark: place === i + 1 ? 'right' : 'wrong', place }]] : [];
		})
	);
}
