import type { Quiz } from '$lib/quiz/types';

/** What `quizForSections` needs of an explainer section. */
interface SectionAnchors {
	id: string;
	paragraphs: readonly { id: string }[];
}

/**
 * The quiz that asks most about each explainer section (by its questions' evidence links), so
 * the end of a section can say "test yourself on this". Ties go to the quiz listed first.
 */
export function quizForSections(
	sections: readonly SectionAnchors[],
	quizzes: readonly Quiz[]
): Record<string, Quiz> {
	const result: Record<string, Quiz> = {};
	for (const section of sections) {
		const anchors = new Set<string>([section.id, ...section.paragraphs.map((p) => p.id)]);
		let best: { quiz: Quiz; hits: number } | null = null;
		for (const quiz of quizzes) {
			const hits = quiz.questions.filter(
				(q) => q.evidence.kind === 'explainer' && anchors.has(q.evidence.anchor)
			).length;
			if (!best || hits > best.hits) best = { quiz, hits };
		}
		if (best) result[section.id] = best.quiz;
	}
	return result;
}
