import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	newAssignmentSchema,
	markThresholdsSchema,
	firstIssue,
	flagSchema,
	formToObject,
	isCalendarTime,
	localToIso,
	saveAnswersSchema,
	submitSchema
} from './schemas';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, val] of entries) data.append(k, val);
	return formToObject(data, ['quizzes']);
};

/** A bank of two lessons: the form names a quiz by its ref, or a bare id for the first lesson's. */
const refs = ['one/article', 'one/words', 'two/treaty'];
const createAssignmentSchema = newAssignmentSchema((sent) =>
	refs.includes(sent) ? sent : refs.includes(`one/${sent}`) ? `one/${sent}` : undefined
);

const good: [string, string][] = [
	['title', ' 9.B '],
	['quizzes', 'article'],
	['quizzes', 'words'],
	['mode', 'test'],
	['lang', 'choice'],
	['opens_at', '2026-11-25T09:00'],
	['closes_at', '2026-11-25T10:00'],
	['tz_offset', '-60'],
	['attempts', '2'],
	['show_answers', 'on']
];

const token = 'a'.repeat(43);
const uuid = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('the new-assignment form', () => {
	it('accepts a complete form and converts times with the browser offset', () => {
		const parsed = v.parse(createAssignmentSchema, form(good));
		expect(parsed).toEqual({
			title: '9.B',
			quizIds: ['one/article', 'one/words'],
			mode: 'test',
			lang: 'choice',
			opensAt: '2026-11-25T08:00:00.000Z',
			closesAt: '2026-11-25T09:00:00.000Z',
			attemptsAllowed: 2,
			showAnswers: true,
			markThresholds: [40, 55, 70, 85]
		});
	});

	it('takes the teacher’s mark thresholds and refuses falling or out-of-range ones', () => {
		const marks = (a: string, b: string, c: string, d: string): [string, string][] => [
			['mark2', a],
			['mark3', b],
			['mark4', c],
			['mark5', d]
		];
		const parsed = v.parse(
			createAssignmentSchema,
			form([...good, ...marks('30', '50', '65', '80')])
		);
		expect(parsed.markThresholds).toEqual([30, 50, 65, 80]);
		for (const bad of [
			marks('40', '40', '70', '85'),
			marks('40', '55', '70', '101'),
			marks('0', '55', '70', '85'),
			marks('40', '', '70', '85'),
			marks('40', '5.5', '70', '85')
		]) {
			const result = v.safeParse(createAssignmentSchema, form([...good, ...bad]));
			expect(result.success ? 'ok' : firstIssue(result.issues)).toBe('errors.bad_marks');
		}
		expect(
			v.parse(markThresholdsSchema, { mark2: '1', mark3: '2', mark4: '3', mark5: '4' })
		).toEqual([1, 2, 3, 4]);
		expect(
			v.safeParse(markThresholdsSchema, { mark2: '9', mark3: '2', mark4: '3', mark5: '4' }).success
		).toBe(false);
	});

	it('refuses unknown quizzes, no quiz, bad attempts and a close before the open', () => {
		const without = (name: string) => good.filter(([k]) => k !== name);
		const issue = (entries: [string, string][]) => {
			const result = v.safeParse(createAssignmentSchema, form(entries));
			return result.success ? 'ok' : firstIssue(result.issues);
		};
		expect(issue(without('quizzes'))).toBe('errors.no_quiz');
		expect(issue([...good, ['quizzes', 'secret']])).toBe('errors.no_quiz');
		expect(issue([...good, ['quizzes', 'article']])).toBe('errors.no_quiz');
		expect(issue([...good, ['quizzes', 'one/article']])).toBe('errors.no_quiz');
		expect(issue([...good, ['quizzes', 'two/article']])).toBe('errors.no_quiz');
		expect(issue([...good, ['quizzes', 'two/treaty']])).toBe('ok');
		expect(issue([...without('attempts'), ['attempts', '0']])).toBe('errors.bad_attempts');
		expect(issue([...without('attempts'), ['attempts', '1e1']])).toBe('errors.bad_attempts');
		expect(issue([...without('closes_at'), ['closes_at', '2026-11-25T08:00']])).toBe(
			'errors.close_before_open'
		);
		expect(issue([...without('mode'), ['mode', 'exam']])).toBe('errors.invalid');
		expect(issue(without('show_answers'))).toBe('ok');
	});

	it('assumes Budapest time when the browser did not say (no JavaScript)', () => {
		expect(localToIso('2026-01-15T09:00', '')).toBe('2026-01-15T08:00:00.000Z');
		expect(localToIso('2026-07-15T09:00', '')).toBe('2026-07-15T07:00:00.000Z');
		expect(localToIso('', 0)).toBeNull();
	});
});

describe('API bodies', () => {
	it('accepts a well-formed batch of answers and refuses extra fields or bad ids', () => {
		const body = { token, attemptId: uuid, answers: [{ seq: 1, questionId: 'q-1', answer: {} }] };
		expect(v.safeParse(saveAnswersSchema, body).success).toBe(true);
		expect(v.safeParse(saveAnswersSchema, { ...body, score: 10 }).success).toBe(false);
		expect(v.safeParse(saveAnswersSchema, { ...body, attemptId: 'x' }).success).toBe(false);
		expect(v.safeParse(saveAnswersSchema, { ...body, token: 'short' }).success).toBe(false);
		expect(v.safeParse(saveAnswersSchema, { ...body, answers: [] }).success).toBe(false);
		const badSeq = { ...body, answers: [{ seq: 1.5, questionId: 'q-1', answer: {} }] };
		expect(v.safeParse(saveAnswersSchema, badSeq).success).toBe(false);
		const badQuestion = { ...body, answers: [{ seq: 1, questionId: '../x', answer: {} }] };
		expect(v.safeParse(saveAnswersSchema, badQuestion).success).toBe(false);
		const cleared = { ...body, answers: [{ seq: 2, questionId: 'q-1', answer: null }] };
		expect(v.safeParse(saveAnswersSchema, cleared).success).toBe(true);
		const missing = { ...body, answers: [{ seq: 2, questionId: 'q-1' }] };
		expect(v.safeParse(saveAnswersSchema, missing).success).toBe(false);
	});

	it('never takes a score with a submission, and limits flag comments', () => {
		expect(v.safeParse(submitSchema, { token, attemptId: uuid, lang: 'hu' }).success).toBe(true);
		expect(
			v.safeParse(submitSchema, { token, attemptId: uuid, lang: 'hu', score: 9 }).success
		).toBe(false);
		const flag = { token, questionId: 'q-1', comment: 'x'.repeat(501) };
		const result = v.safeParse(flagSchema, flag);
		expect(result.success ? 'ok' : firstIssue(result.issues)).toBe('errors.comment_too_long');
	});
});

describe('hostile text and impossible values', () => {
	const withField = (name: string, value: string) =>
		form([...good.filter(([k]) => k !== name), [name, value]]);

	it('refuses impossible dates instead of rolling them over', () => {
		for (const bad of [
			'2026-13-01T10:00',
			'2026-02-31T10:00',
			'2026-11-25T25:00',
			'2026-11-25T09:60'
		]) {
			const parsed = v.safeParse(createAssignmentSchema, withField('opens_at', bad));
			expect(parsed.success, bad).toBe(false);
			if (!parsed.success) expect(firstIssue(parsed.issues)).toBe('errors.bad_time');
		}
		expect(isCalendarTime('2028-02-29T09:00')).toBe(true);
		expect(isCalendarTime('2027-02-29T09:00')).toBe(false);
	});

	it('strips NUL, other controls and bidi overrides from titles and flag comments', () => {
		const created = v.parse(createAssignmentSchema, withField('title', 'a\u0000b\u202e\nc'));
		expect(created.title).toBe('ab c');
		const flag = v.parse(flagSchema, {
			token,
			questionId: 'q1',
			comment: 'ok \ud800 \u0000nul\u0007\nsecond line'
		});
		expect(flag.comment).toBe('ok  nul\nsecond line');
	});

	it('takes any safe-integer seq, the range the answers column holds on every database', () => {
		const batch = (seq: number) => ({
			token,
			attemptId: uuid,
			answers: [{ seq, questionId: 'q1', answer: null }]
		});
		expect(v.is(saveAnswersSchema, batch(2 ** 31))).toBe(true);
		expect(v.is(saveAnswersSchema, batch(Number.MAX_SAFE_INTEGER))).toBe(true);
		expect(v.is(saveAnswersSchema, batch(2 ** 53))).toBe(false);
	});
});
