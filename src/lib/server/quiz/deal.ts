import { createHmac } from 'node:crypto';
import { parseAnswer } from '$lib/quiz/answer-schema';
import { grade } from '$lib/quiz/grade';
import { answerKey } from '$lib/quiz/question';
import { shuffle, shuffleAwayFrom } from '$lib/quiz/shuffle';
import type { Answer, Option, PublicQuestion, Question, Reveal } from '$lib/quiz/types';

/*
 * Dealing: each attempt gets the questions in its own order, each question's options in their own
 * order and under ids of their own, all derived from the attempt's deal key (see `dealer.ts`). The
 * bank lists the right answer first and its ids are words; a deal hides both, and only the server,
 * which knows the key, can map an answer back to the bank.
 */

const mac = (key: string, ...parts: string[]) =>
	createHmac('sha256', key).update(parts.join('\u0000')).digest();

/** A 32-bit shuffling seed, different for every question of every deal. */
const seedOf = (key: string, ...parts: string[]) => mac(key, 'seed', ...parts).readUInt32BE(0);

/** One question as one attempt shows it. */
export interface DealtQuestion {
	bank: Question;
	/** Options in this attempt's order and under its ids; the key is translated too. */
	shown: Question;
	/** Shown id → bank id, and back. */
	toBank: ReadonlyMap<string, string>;
	toShown: ReadonlyMap<string, string>;
}

export function dealQuestion(q: Question, key: string): DealtQuestion {
	const toShown = new Map<string, string>();
	const name = (id: string) => {
		let shown = toShown.get(id);
		if (!shown) {
			// 60 bits: a collision inside one question is out of reach, and checked below anyway.
			shown = `o${mac(key, 'id', q.id, id).toString('base64url').slice(0, 10)}`;
			toShown.set(id, shown);
		}
		return shown;
	};
	const rename = (o: Option): Option => ({ id: name(o.id), text: o.text });
	const seed = seedOf(key, q.id);
	let shown: Question;
	switch (q.type) {
		case 'single':
		case 'table':
			shown = { ...q, options: shuffle(q.options, seed).map(rename), key: name(q.key) };
			break;
		case 'multi':
			shown = { ...q, options: shuffle(q.options, seed).map(rename), key: q.key.map(name) };
			break;
		case 'order': {
			const byId = new Map(q.items.map((i) => [i.id, i]));
			const ids = shuffleAwayFrom(
				q.items.map((i) => i.id),
				q.key,
				seed
			);
			shown = { ...q, items: ids.map((id) => rename(byId.get(id)!)), key: q.key.map(name) };
			break;
		}
		case 'match':
			shown = {
				...q,
				left: shuffle(q.left, seed, 'left').map(rename),
				right: shuffle(q.right, seed, 'right').map(rename),
				key: Object.fromEntries(Object.entries(q.key).map(([l, r]) => [name(l), name(r)]))
			};
			break;
		default:
			shown = q;
	}
	const toBank = new Map([...toShown].map(([bank, mine]) => [mine, bank]));
	if (toBank.size !== toShown.size) throw new Error(`Id collision dealing ${q.id}`);
	return { bank: q, shown, toBank, toShown };
}

/** A whole quiz or assignment as one attempt gets it, in the order it is shown. */
export interface Deal {
	questions: DealtQuestion[];
	byId: ReadonlyMap<string, DealtQuestion>;
}

export function deal(questions: readonly Question[], key: string): Deal {
	const dealt = shuffle(questions, seedOf(key, 'questions')).map((q) => dealQuestion(q, key));
	return { questions: dealt, byId: new Map(dealt.map((d) => [d.bank.id, d])) };
}

/** What the browser may see of a dealt question before its answer is final. */
export function publicView(d: DealtQuestion): PublicQuestion {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { key, explanation, evidence, ...rest } = d.shown;
	if (d.shown.type === 'text' && rest.type === 'text') {
		return { ...rest, answerLang: { hu: d.shown.key.hu.lang, en: d.shown.key.en.lang } };
	}
	return rest as PublicQuestion;
}

/** The same answer with every option id replaced by `rename`; null if one has no replacement. */
function mapIds(answer: Answer, rename: ReadonlyMap<string, string>): Answer | null {
	const ids = (list: readonly string[]) => {
		const out = list.map((id) => rename.get(id));
		return out.every((id) => id !== undefined) ? (out as string[]) : null;
	};
	switch (answer.type) {
		case 'single':
		case 'table': {
			const choice = rename.get(answer.choice);
			return choice === undefined ? null : { ...answer, choice };
		}
		case 'multi': {
			const choices = ids(answer.choices);
			return choices && { ...answer, choices };
		}
		case 'order': {
			const sequence = ids(answer.sequence);
			return sequence && { ...answer, sequence };
		}
		case 'match': {
			const pairs = Object.entries(answer.pairs);
			const left = ids(pairs.map(([l]) => l));
			const right = ids(pairs.map(([, r]) => r));
			return left && right
				? { ...answer, pairs: Object.fromEntries(left.map((l, i) => [l, right[i]])) }
				: null;
		}
		default:
			return answer;
	}
}

/** An untrusted answer in this attempt's ids, checked against the shown question; null if it does not fit. */
export function parseShownAnswer(d: DealtQuestion, raw: unknown): Answer | null {
	return parseAnswer(d.shown, raw);
}

/** A (checked) answer in this attempt's ids, in the bank's ids: what is stored and graded. */
export const toBankAnswer = (d: DealtQuestion, answer: Answer) => mapIds(answer, d.toBank);

/** A stored answer in the bank's ids, in this attempt's ids: what the browser is given back. */
export const toShownAnswer = (d: DealtQuestion, answer: Answer) => mapIds(answer, d.toShown);

/**
 * The grading of a final answer (in this attempt's ids). With `show` false, only right or wrong:
 * no key, no explanation, and no per-option marks that would tell the key.
 */
export function reveal(d: DealtQuestion, answer: Answer | null, show: boolean): Reveal {
	const result = grade(d.shown, answer);
	if (!show) {
		return {
			result: { ...result, parts: {}, feedback: result.feedback.slice(0, 1) },
			key: null,
			explanation: null,
			evidence: null
		};
	}
	return {
		result,
		key: { hu: answerKey(d.shown, 'hu'), en: answerKey(d.shown, 'en') },
		explanation: d.bank.explanation,
		evidence: d.bank.evidence
	};
}
