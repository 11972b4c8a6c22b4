import type { Snippet } from 'svelte';
import type { Outcome, Revealer } from '$lib/quiz/outcome';
import type { PlayerState } from '$lib/quiz/progress';
import type { Answer, PublicQuestion } from '$lib/quiz/types';

/** What a page gives the quiz player (QuizPlayer.svelte). */
export interface PlayerProps {
	/** The attempt's questions in the order dealt, without keys. */
	questions: PublicQuestion[];
	/** practice: "Check my answer" after each question; test: everything at the end. */
	mode: 'practice' | 'test';
	/** The attempt to start from (new or resumed). */
	initial: PlayerState;
	/** Move focus to the first question at once (the reader just pressed Start). */
	autofocus?: boolean;
	reveal: Revealer;
	/** Submits elsewhere (the class server), whose page then shows the result; else shown here. */
	submit?: () => Promise<Outcome<unknown>>;
	/** Called on every change of an answer (`null`: cleared). */
	onanswer?: (questionId: string, answer: Answer | null) => void;
	/** Called with a plain copy of the state after every change: save it where you like. */
	onchange?: (state: PlayerState) => void;
	/** What follows the result: "try again", "next quiz". */
	after?: Snippet;
	/** Under each question, e.g. "report a problem". */
	extra?: Snippet<[PublicQuestion]>;
}
