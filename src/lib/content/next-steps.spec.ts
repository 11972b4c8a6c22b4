import { describe, expect, it } from 'vitest';
import { quizIds } from './anchors';
import { quizForSections } from './next-steps';
import { quizzes } from './questions';
import { sections } from './sections';

describe('next steps after an explainer section', () => {
	it('names a quiz for every section, one that asks about it when any does', () => {
		const map = quizForSections();
		for (const section of sections) {
			const quiz = map[section.id];
			expect(quizIds).toContain(quiz);
			const anchors = new Set<string>([section.id, ...section.paragraphs.map((p) => p.id)]);
			const asks = quizzes[quiz].questions.some(
				(q) => q.evidence.kind === 'explainer' && anchors.has(q.evidence.anchor)
			);
			const anyAsks = Object.values(quizzes).some((qz) =>
				qz.questions.some((q) => q.evidence.kind === 'explainer' && anchors.has(q.evidence.anchor))
			);
			expect(asks).toBe(anyAsks);
		}
	});
});
