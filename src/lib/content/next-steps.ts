import type { ExplainerSectionId, QuizId } from './anchors';
import { quizList } from './questions';
import { sections } from './sections';

/**
 * The quiz that asks most about each explainer section (by its questions' evidence links), so
 * the end of a section can say "test yourself on this". Ties go to the quiz listed first.
 */
export function quizForSections(): Record<ExplainerSectionId, QuizId> {
	const result = {} as Record<ExplainerSectionId, QuizId>;
	for (const section of sections) {
		const anchors = new Set<string>([section.id, ...section.paragraphs.map((p) => p.id)]);
		let best: { id: QuizId; hits: number } | null = null;
		for (const quiz of quizList) {
			const hits = quiz.questions.filter(
				(q) => q.evidence.kind === 'explainer' && anchors.has(q.evidence.anchor)
			).length;
			if (!best || hits > best.hits) best = { id: quiz.id as QuizId, hits };
		}
		if (best) result[section.id] = best.id;
	}
	return result;
}
