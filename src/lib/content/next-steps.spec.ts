import { describe, expect, it } from 'vitest';
import { quizForSections } from './next-steps';
import { quizList } from './questions';
import { sections } from './sections';

describe('next steps after an explainer section', () => {
	it('names a quiz for every section, one that asks about it when any does', () => {
		const map = quizForSections(sections, quizList);
		for (const section of sections) {
			const quiz = map[section.id];
			expect(quizList).toContain(quiz);
			const anchors = new Set<string>([section.id, ...section.paragraphs.map((p) => p.id)]);
			const asksAbout = (questions: typeof quiz.questions) =>
				questions.some((q) => q.evidence.kind === 'explainer' && anchors.has(q.evidence.anchor));
			expect(asksAbout(quiz.questions)).toBe(quizList.some((qz) => asksAbout(qz.questions)));
		}
	});

	it('names none when the lesson has no quizzes', () => {
		expect(quizForSections(sections, [])).toEqual({});
	});
});
