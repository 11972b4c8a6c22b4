import { describe, expect, it } from 'vitest';
import { quizTable } from './teacher';

const headings = { lesson: 'Lesson', quiz: 'Quiz', questions: 'Questions (columns)' };

describe("the workbook's quiz sheet", () => {
	it('names the lesson and quiz of each run of question columns, in the results’ order', () => {
		expect(
			quizTable(
				[
					{ lesson: 'Shoigu in Pyongyang', quiz: 'Understanding the article', count: 13 },
					{ lesson: 'Putin in Pyongyang', quiz: 'The treaty', count: 4 },
					{ lesson: 'Putin in Pyongyang', quiz: 'One more', count: 1 },
					{ lesson: 'gone/quiz', quiz: 'gone/quiz', count: 0 }
				],
				headings
			)
		).toEqual([
			['Lesson', 'Quiz', 'Questions (columns)'],
			['Shoigu in Pyongyang', 'Understanding the article', '1–13'],
			['Putin in Pyongyang', 'The treaty', '14–17'],
			['Putin in Pyongyang', 'One more', '18'],
			['gone/quiz', 'gone/quiz', '']
		]);
	});
});
