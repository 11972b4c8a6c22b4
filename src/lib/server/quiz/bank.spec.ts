import { describe, expect, it } from 'vitest';
import { practiceName, quizRef, quizRefHref, splitQuizRef } from '$lib/lessons/paths';
import { allQuizzes, assignedQuizName, findQuiz, lessonQuizzes, nextQuiz } from './bank';

const slug = 'shoigu-pyongyang-2024';

describe('quizzes across lessons', () => {
	it('names a quiz by its lesson and id; a bare id is the default lesson’s', () => {
		expect(quizRef(slug, 'data')).toBe(`${slug}/data`);
		expect(splitQuizRef(`${slug}/data`)).toEqual({ slug, quiz: 'data' });
		expect(splitQuizRef('data')).toEqual({ slug, quiz: 'data' });
		expect(quizRefHref('hu', 'putin-pyongyang-2024/treaty')).toBe(
			'/hu/putin-pyongyang-2024/quizzes/treaty'
		);
		// The default lesson's practice attempts keep their names from before lessons had slugs.
		expect(practiceName(slug, 'data')).toBe('data');
		expect(practiceName('putin-pyongyang-2024', 'treaty')).toBe('putin-pyongyang-2024/treaty');
	});

	it('finds the quizzes the server serves, by ref or bare id, and nothing else', () => {
		expect(allQuizzes.map((q) => q.ref)).toEqual([
			`${slug}/article`,
			`${slug}/context`,
			`${slug}/data`,
			`${slug}/words`
		]);
		expect(findQuiz('article')).toBe(findQuiz(`${slug}/article`));
		expect(findQuiz(`${slug}/article`)?.quiz.questions).toHaveLength(13);
		for (const ref of ['nope', `${slug}/nope`, 'other-lesson/article', '', `${slug}/`, '/article'])
			expect(findQuiz(ref), ref).toBeUndefined();
		expect(lessonQuizzes(slug)).toHaveLength(4);
		expect(lessonQuizzes('other-lesson')).toEqual([]);
		expect(nextQuiz(findQuiz('article')!)?.ref).toBe(`${slug}/context`);
		expect(nextQuiz(findQuiz('words')!)).toBeUndefined();
	});

	it('names an assigned quiz with its lesson, and a quiz no longer served by its ref', () => {
		expect(assignedQuizName('words')).toEqual({
			hu: 'Sojgu Phenjanban – Szavak és nevek',
			en: 'Shoigu in Pyongyang – Words and names'
		});
		expect(assignedQuizName('gone-lesson/quiz')).toEqual({
			hu: 'gone-lesson/quiz',
			en: 'gone-lesson/quiz'
		});
	});
});
