import type { TFunction } from 'i18next';
import { formatNumber } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import type { Answer, QuestionShape } from '$lib/quiz/types';

/**
 * An answer as lines of text in the reader's language, for the review and result screens.
 * Lives with the components (it translates); the engine stays free of i18next.
 */
export function describeAnswer(
	question: QuestionShape,
	answer: Answer | null | undefined,
	lang: Lang,
	t: TFunction
): string[] {
	if (!answer) return [];
	const textOf = (options: { id: string; text: Record<Lang, string> }[], id: string) =>
		options.find((o) => o.id === id)?.text[lang] ?? id;
	switch (question.type) {
		case 'single':
		case 'table':
			return answer.type === question.type ? [textOf(question.options, answer.choice)] : [];
		case 'multi':
			return answer.type === 'multi'
				? answer.choices.map((id) => textOf(question.options, id))
				: [];
		case 'truefalse':
			return answer.type === 'truefalse'
				? [t(answer.value ? 'quiz:question.true' : 'quiz:question.false')]
				: [];
		case 'order':
			return answer.type === 'order'
				? answer.sequence.map((id, i) => `${i + 1}. ${textOf(question.items, id)}`)
				: [];
		case 'match':
			return answer.type === 'match'
				? question.left
						.filter((l) => answer.pairs[l.id])
						.map((l) => `${l.text[lang]} → ${textOf(question.right, answer.pairs[l.id])}`)
				: [];
		case 'numeric':
			return answer.type === 'numeric'
				? [`${formatNumber(answer.value, lang)}${question.unit ? ` ${question.unit[lang]}` : ''}`]
				: [];
		case 'text':
			return answer.type === 'text' ? [answer.text] : [];
	}
}
