import type { Evidence, QuizId } from '$lib/content/anchors';
import type { Lang } from '$lib/i18n/langs';

/** Text in both languages, side by side, so that a missing translation is a compile error. */
export type Text = Record<Lang, string>;

/** 1 = recall of something stated plainly, 2 = needs two facts put together, 3 = inference or a figure read carefully. */
export type Difficulty = 1 | 2 | 3;

/** A choice, an item to order or one side of a pair. Answers refer to it by `id`, never by text or position. */
export interface Option {
	id: string;
	text: Text;
}

interface QuestionBase {
	/** Stable id, unique across the bank; saved progress and assignment results refer to it. */
	id: string;
	difficulty: Difficulty;
	prompt: Text;
	/** Shown after the answer: why the key is right, in both languages. */
	explanation: Text;
	/** Where the answer can be checked: an explainer paragraph or a chart. */
	evidence: Evidence;
}

export interface SingleQuestion extends QuestionBase {
	type: 'single';
	options: Option[];
	/** The id of the one correct option. */
	key: string;
}

export interface MultiQuestion extends QuestionBase {
	type: 'multi';
	options: Option[];
	/** Ids of every correct option (at least one, and at least one option must be wrong). */
	key: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
	type: 'truefalse';
	/** The prompt is a statement; the key says whether it is true. */
	key: boolean;
}

export interface OrderQuestion extends QuestionBase {
	type: 'order';
	/** Items in any order; the player shuffles them. */
	items: Option[];
	/** Every item id, earliest first. */
	key: string[];
}

export interface MatchQuestion extends QuestionBase {
	type: 'match';
	/** Things to match, e.g. people. */
	left: Option[];
	/** Things to match them with, e.g. roles; may hold more than `left` (distractors). */
	right: Option[];
	/** For every left id, the right id that belongs to it. */
	key: Record<string, string>;
}

export interface NumericQuestion extends QuestionBase {
	type: 'numeric';
	/** Unit shown after the input, e.g. `{ hu: 'év', en: 'years' }`. */
	unit?: Text;
	/** Accepted when `|answer - value| <= tolerance`. */
	key: { value: number; tolerance: number };
}

/**
 * Accepted typed answers for one display language. `lang` is the language the answer is written in,
 * which decides how it is normalised: a word-learning question shown in Hungarian may ask for the
 * English word, and the other way round.
 */
export interface AcceptedText {
	lang: Lang;
	variants: string[];
}

export interface TextQuestion extends QuestionBase {
	type: 'text';
	/** Keyed by the language the question is shown in. */
	key: Record<Lang, AcceptedText>;
}

/** One row of a data table: a sourced value from the shared fact sheet. */
export interface TableRow {
	label: Text;
	value: number;
	/** The id of the fact in the shared fact sheet. */
	factId: string;
	/** Short citation, e.g. `South Korea's defence ministry (Yonhap), 2024-02`. */
	source: string;
	/** True when the value is somebody's estimate rather than a count; shown differently. */
	estimate?: boolean;
}

export interface DataTable {
	caption: Text;
	/** Column headings: the row label and the value. */
	columns: [Text, Text];
	rows: TableRow[];
}

/** A question about a small table of sourced figures (the same data as a chart on the timeline). */
export interface TableQuestion extends QuestionBase {
	type: 'table';
	table: DataTable;
	options: Option[];
	key: string;
}

/** Every kind of question, tagged by `type`. */
export type Question =
	| SingleQuestion
	| MultiQuestion
	| TrueFalseQuestion
	| OrderQuestion
	| MatchQuestion
	| NumericQuestion
	| TextQuestion
	| TableQuestion;

export type QuestionType = Question['type'];

export const questionTypes = [
	'single',
	'multi',
	'truefalse',
	'order',
	'match',
	'numeric',
	'text',
	'table'
] as const satisfies readonly QuestionType[];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What only the server holds until an answer is final. */
type Hidden = 'key' | 'explanation' | 'evidence';

/**
 * A question as the browser sees it before the answer is final: no key, no explanation, no evidence
 * link; options already in this attempt's order and under this attempt's ids (see `deal.ts` on the
 * server). A typed-answer question keeps which language the answer is to be typed in.
 */
export type PublicQuestion =
	| Exclude<DistributiveOmit<Question, Hidden>, { type: 'text' }>
	| (Omit<TextQuestion, Hidden> & { answerLang: Record<Lang, Lang> });

/** The parts of a question that decide which answers fit it (a full or a public question). */
export type QuestionShape = Question | PublicQuestion;

/**
 * What the server tells the browser about one answer once it is final (checked in practice,
 * submitted in a test): the grading, and the key and explanation where they may be shown.
 */
export interface Reveal {
	result: GradeResult;
	/** The correct answer, per display language (typed answers differ); null when hidden. */
	key: Record<Lang, Answer> | null;
	explanation: Text | null;
	evidence: Evidence | null;
}

export interface SingleAnswer {
	type: 'single';
	choice: string;
}
export interface MultiAnswer {
	type: 'multi';
	choices: string[];
}
export interface TrueFalseAnswer {
	type: 'truefalse';
	value: boolean;
}
export interface OrderAnswer {
	type: 'order';
	/** Every item id exactly once, earliest first as the reader sees it. */
	sequence: string[];
}
export interface MatchAnswer {
	type: 'match';
	/** left id -> chosen right id; a left id may be missing (not matched yet). */
	pairs: Record<string, string>;
}
export interface NumericAnswer {
	type: 'numeric';
	value: number;
}
export interface TextAnswer {
	type: 'text';
	text: string;
	/** The language the question was shown in when the reader typed the answer. */
	lang: Lang;
}
export interface TableAnswer {
	type: 'table';
	choice: string;
}

/** A reader's answer, tagged like the question it answers. */
export type Answer =
	| SingleAnswer
	| MultiAnswer
	| TrueFalseAnswer
	| OrderAnswer
	| MatchAnswer
	| NumericAnswer
	| TextAnswer
	| TableAnswer;

/** The answer type that fits a question type. */
export type AnswerFor<Q extends Question> = Extract<Answer, { type: Q['type'] }>;

/**
 * Feedback as keys, translated by the player (`quiz:feedback.<key>`), so that `grade()` runs the same
 * on the server and in either language.
 */
export type FeedbackKey =
	| 'correct'
	| 'incorrect'
	| 'partial'
	| 'unanswered'
	| 'multi_missed'
	| 'multi_extra'
	| 'order_misplaced'
	| 'match_wrong'
	| 'match_missing'
	| 'numeric_close'
	| 'numeric_too_low'
	| 'numeric_too_high'
	| 'text_accents'
	| 'text_other_language';

export interface GradeResult {
	questionId: string;
	/** Between 0 and `max`, rounded to two decimals. */
	score: number;
	/** Every question is worth one point; partial credit is a fraction of it. */
	max: 1;
	/** True only for full marks. */
	correct: boolean;
	/**
	 * Correctness of each part, by id: options for choice questions (true = chosen as it should be,
	 * or left alone as it should be), items for order (in the right place), left ids for match.
	 * Single-part questions use the key `answer`.
	 */
	parts: Record<string, boolean>;
	feedback: FeedbackKey[];
}

/** A quiz: an ordered set of questions with a title. */
export interface Quiz {
	id: QuizId;
	title: Text;
	description: Text;
	questions: Question[];
}

/** The public form of one type of question. */
export type PublicOf<T extends QuestionType> = Extract<PublicQuestion, { type: T }>;
