import type {
	EvidenceChartId,
	Evidence,
	ExplainerParagraphId,
	ExplainerSectionId,
	QuizId
} from '../anchors';
import type { QuizFile } from '../lesson/schema';
import { plainText } from '../rich-text';
import type { DataTable, Option, Question, Quiz, Text } from '$lib/quiz/types';

/** An option; `en` defaults to `hu` for names and words that are the same in both languages. */
export const opt = (id: string, hu: string, en: string = hu): Option => ({ id, text: { hu, en } });

/** Evidence in the explainer: a paragraph (preferred) or a whole section. */
export const inText = (anchor: ExplainerParagraphId | ExplainerSectionId): Evidence => ({
	kind: 'explainer',
	anchor
});

/** Evidence in a chart on the timeline page. */
export const inChart = (anchor: EvidenceChartId): Evidence => ({ kind: 'chart', anchor });

const marked = new WeakMap<Text, Text>();

/**
 * An explanation whose figures are written with the explainer's estimate marker,
 * `[[e:fact-id|about 20,000]]` (see rich-text.ts), so that the specs check each figure against its
 * fact's value and hedge, as they check the explainer's. Readers get the words the markers show:
 * the quiz player, the classroom views and exports keep handling plain text.
 */
export function explain(hu: string, en: string): Text {
	const shown = { hu: plainText(hu), en: plainText(en) };
	marked.set(shown, { hu, en });
	return shown;
}

/** A question's explanation as written, markers included (its plain text where none were used). */
export const markedExplanation = (question: Question): Text =>
	marked.get(question.explanation) ?? question.explanation;

/**
 * A quiz as the app uses it, from its file in the lesson folder (quizzes/<id>.yaml, checked by the
 * lessons Vite plugin): tables named under `tables:` put in place, explanations as readers see
 * them with their markers kept for the specs (see `explain`).
 */
export function quizFromFile(file: QuizFile): Quiz {
	return {
		id: file.id as QuizId,
		title: file.title,
		description: file.description,
		questions: file.questions.map((entry) => {
			const explanation = explain(entry.explanation.hu, entry.explanation.en);
			if (entry.type === 'table') {
				const table = file.tables?.[entry.table] as DataTable;
				return { ...entry, table, explanation } as Question;
			}
			return { ...entry, explanation } as Question;
		})
	};
}
