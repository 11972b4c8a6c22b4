import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLesson, findLesson, lessonCards, readLessons, sharedQuestionIds } from './registry';

const fixtures = 'e2e/fixtures/lessons';
const temp = mkdtempSync(join(tmpdir(), 'lessons-registry-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the lesson registry', () => {
	it('serves the built lesson as the default one, found by its slug', () => {
		expect(defaultLesson.slug).toBe('shoigu-pyongyang-2024');
		expect(findLesson('shoigu-pyongyang-2024')).toBe(defaultLesson);
		expect(findLesson('no-such-lesson')).toBeUndefined();
		expect(lessonCards()[0]).toMatchObject({ slug: defaultLesson.slug, date: '2024-09-13' });
	});

	it('reads the fixture lesson from a folder at run time, complete in its parts', () => {
		const [lesson] = readLessons(fixtures);
		expect(lesson.slug).toBe('putin-pyongyang-2024');
		expect(lesson.explainer.sections.map((s) => s.paragraphs.length)).toEqual([2]);
		expect(lesson.glossary.terms).toHaveLength(3);
		expect(lesson.timeline.events).toHaveLength(3);
		const types = lesson.quizzes.flatMap((q) => q.questions.map((question) => question.type));
		expect(new Set(types).size).toBe(4);
	});

	it('refuses a folder with a malformed lesson, naming the file and the field', () => {
		const folder = join(temp, 'broken');
		cpSync(join(fixtures, 'putin-pyongyang-2024'), folder, { recursive: true });
		const glossary = join(folder, 'glossary.yaml');
		writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('hu: ratifikálás', 'hu: ""'));
		expect(() => readLessons(temp)).toThrow(
			"broken/glossary.yaml: term 'ratification' term.hu: has no Hungarian text"
		);
	});

	it('refuses lessons that share a question id, naming the question and both lessons', () => {
		const [fixture] = readLessons(fixtures);
		expect(sharedQuestionIds([defaultLesson, fixture])).toEqual([]);
		// A copy of the fixture under another slug repeats every one of its question ids.
		const copy = { ...fixture, slug: 'putin-copy' };
		const problems = sharedQuestionIds([defaultLesson, fixture, copy]);
		expect(problems).toHaveLength(fixture.quizzes[0].questions.length);
		expect(problems[0]).toBe(
			"  putin-copy/quizzes/treaty.yaml: question 'treaty-when' is also a question of putin-pyongyang-2024: choose another id"
		);
	});
});
