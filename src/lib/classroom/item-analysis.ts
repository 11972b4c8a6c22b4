import type { Lang } from '$lib/i18n/langs';

/** One student's graded answer to one question, as the analysis needs it. */
export interface ItemResponse {
	/** Full marks on the question. */
	correct: boolean;
	/**
	 * A stable, language-independent description of the answer given (for example the chosen option's
	 * id), or null when the question was left unanswered. Equal keys mean the same answer.
	 */
	answerKey: string | null;
}

/** One submitted attempt: the language it was taken in and its responses by question id. */
export interface AnalysedAttempt {
	lang: Lang;
	responses: Record<string, ItemResponse>;
}

export interface LangShare {
	takers: number;
	/** Share with full marks, 0..1, or null with no takers. */
	share: number | null;
}

export interface ItemStats {
	questionId: string;
	/** Attempts that saw the question (answered or not). */
	takers: number;
	answered: number;
	correct: number;
	/** correct / takers, 0..1, or null with no takers. */
	share: number | null;
	/** The wrong answer given most often, with how many gave it; ties go to the first seen. */
	topWrong: { answerKey: string; count: number } | null;
	byLang: Record<Lang, LangShare>;
	/**
	 * Hungarian and English takers differ sharply: a hint that one language's wording is harder or
	 * wrong, not proof. Only raised when both groups are big enough for the difference to mean anything.
	 */
	langGap: boolean;
}

export interface LangGapRule {
	/** Fewest takers in each language before a difference counts. */
	minPerLang: number;
	/** Smallest difference of the two shares (0..1) that is flagged. */
	minDifference: number;
}

export const defaultLangGapRule: LangGapRule = { minPerLang: 5, minDifference: 0.3 };

/** Per-question statistics over the submitted attempts, in the order of `questionIds`. */
export function analyseItems(
	questionIds: readonly string[],
	attempts: readonly AnalysedAttempt[],
	rule: LangGapRule = defaultLangGapRule
): ItemStats[] {
	return questionIds.map((questionId) => {
		let takers = 0;
		let answered = 0;
		let correct = 0;
		const wrong = new Map<string, number>();
		const perLang: Record<Lang, { takers: number; correct: number }> = {
			hu: { takers: 0, correct: 0 },
			en: { takers: 0, correct: 0 }
		};
		for (const attempt of attempts) {
			const response = attempt.responses[questionId];
			if (!response) continue;
			takers++;
			perLang[attempt.lang].takers++;
			if (response.answerKey !== null) answered++;
			if (response.correct) {
				correct++;
				perLang[attempt.lang].correct++;
			} else if (response.answerKey !== null) {
				wrong.set(response.answerKey, (wrong.get(response.answerKey) ?? 0) + 1);
			}
		}
		let topWrong: ItemStats['topWrong'] = null;
		for (const [answerKey, count] of wrong) {
			if (!topWrong || count > topWrong.count) topWrong = { answerKey, count };
		}
		const byLang = {
			hu: langShare(perLang.hu),
			en: langShare(perLang.en)
		};
		const langGap =
			byLang.hu.takers >= rule.minPerLang &&
			byLang.en.takers >= rule.minPerLang &&
			Math.abs((byLang.hu.share ?? 0) - (byLang.en.share ?? 0)) >= rule.minDifference;
		return {
			questionId,
			takers,
			answered,
			correct,
			share: takers ? correct / takers : null,
			topWrong,
			byLang,
			langGap
		};
	});
}

function langShare({ takers, correct }: { takers: number; correct: number }): LangShare {
	return { takers, share: takers ? correct / takers : null };
}
