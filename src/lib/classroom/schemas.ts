import * as v from 'valibot';
import { dateTimeFormat } from '$lib/i18n/format';
import { codeLength } from './codes';
import { cleanText } from './text';
import { defaultThresholds, validThresholds, type MarkThresholds } from './marks';

/**
 * Every request body and form the classroom accepts, checked before anything is read or written.
 * Messages are translation keys in the `teacher` namespace, so the reader gets them in their language.
 */

const invalid = 'errors.invalid';

/** Random tokens are 32 bytes in base64url (43 characters). */
export const tokenSchema = v.pipe(v.string(invalid), v.regex(/^[A-Za-z0-9_-]{43}$/, invalid));
/** Assignment ids are 12 bytes in base64url (16 characters): public, but not guessable. */
export const assignmentIdSchema = v.pipe(
	v.string(invalid),
	v.regex(/^[A-Za-z0-9_-]{16}$/, invalid)
);
export const questionIdSchema = v.pipe(
	v.string(invalid),
	v.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, invalid)
);

/** A `datetime-local` value, or empty for none; month 13, 31 February or hour 25 do not roll over. */
const localDateTime = v.pipe(
	v.string('errors.bad_time'),
	v.check(
		(s) => s === '' || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(s) && isCalendarTime(s)),
		'errors.bad_time'
	)
);

/** Whether `2026-11-25T09:00` names a real moment of the calendar. */
export function isCalendarTime(local: string): boolean {
	const [y, mo, d, h, mi, sec = 0] = local.split(/[-T:]/).map(Number);
	const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
	return (
		t.getUTCFullYear() === y &&
		t.getUTCMonth() === mo - 1 &&
		t.getUTCDate() === d &&
		t.getUTCHours() === h &&
		t.getUTCMinutes() === mi &&
		t.getUTCSeconds() === sec
	);
}
/** One mark's lowest percentage as typed; a missing field takes the default band. */
const markFrom = (fallback: number) =>
	v.optional(
		v.pipe(
			v.string('errors.bad_marks'),
			v.trim(),
			v.regex(/^\d{1,3}$/, 'errors.bad_marks'),
			v.toNumber()
		),
		String(fallback)
	);
const [mark2, mark3, mark4, mark5] = defaultThresholds.map(markFrom);
const markFields = { mark2, mark3, mark4, mark5 };

/** The mark bands the teacher changes on the dashboard. */
export const markThresholdsSchema = v.pipe(
	v.object(markFields),
	v.transform((f): MarkThresholds => [f.mark2, f.mark3, f.mark4, f.mark5]),
	v.check((t) => validThresholds(t), 'errors.bad_marks')
);

/** The most quizzes one assignment takes. */
const maxQuizzes = 50;

/**
 * The teacher's new-assignment form, after `formToObject`. `quizRef` knows the quizzes that can be
 * assigned: it gives a quiz's ref (`<lesson>/<quiz>`) for what the form sent, or undefined.
 */
export const newAssignmentSchema = (quizRef: (sent: string) => string | undefined) =>
	v.pipe(
		v.object({
			title: v.pipe(
				v.optional(v.string(invalid), ''),
				v.transform((title) => cleanText(title)),
				v.trim(),
				v.maxLength(80, 'errors.title_too_long')
			),
			quizzes: v.pipe(
				v.array(
					v.pipe(
						v.string('errors.no_quiz'),
						v.maxLength(200, 'errors.no_quiz'),
						v.transform(quizRef),
						v.string('errors.no_quiz')
					),
					'errors.no_quiz'
				),
				v.minLength(1, 'errors.no_quiz'),
				v.maxLength(maxQuizzes, 'errors.no_quiz'),
				v.check((refs) => new Set(refs).size === refs.length, 'errors.no_quiz')
			),
			mode: v.picklist(['practice', 'test'], invalid),
			lang: v.picklist(['choice', 'hu', 'en'], invalid),
			opens_at: v.optional(localDateTime, ''),
			closes_at: v.optional(localDateTime, ''),
			tz_offset: v.optional(
				v.union([
					v.literal(''),
					v.pipe(
						v.string(),
						v.regex(/^-?\d{1,3}$/),
						v.toNumber(),
						v.minValue(-840),
						v.maxValue(840)
					)
				]),
				''
			),
			attempts: v.pipe(
				v.string('errors.bad_attempts'),
				v.regex(/^\d{1,2}$/, 'errors.bad_attempts'),
				v.toNumber(),
				v.integer('errors.bad_attempts'),
				v.minValue(1, 'errors.bad_attempts'),
				v.maxValue(10, 'errors.bad_attempts')
			),
			show_answers: v.optional(v.picklist(['on'], invalid)),
			...markFields
		}),
		v.transform((form) => ({
			title: form.title,
			quizIds: form.quizzes,
			mode: form.mode,
			lang: form.lang,
			opensAt: localToIso(form.opens_at, form.tz_offset),
			closesAt: localToIso(form.closes_at, form.tz_offset),
			attemptsAllowed: form.attempts,
			showAnswers: form.show_answers === 'on',
			markThresholds: [form.mark2, form.mark3, form.mark4, form.mark5] as MarkThresholds
		})),
		v.check((a) => !a.opensAt || !a.closesAt || a.opensAt < a.closesAt, 'errors.close_before_open'),
		v.check((a) => validThresholds(a.markThresholds), 'errors.bad_marks')
	);
export type NewAssignment = v.InferOutput<ReturnType<typeof newAssignmentSchema>>;

/** The code a student types: anything short; normalised and checked against the alphabet afterwards. */
export const joinCodeSchema = v.object({
	code: v.pipe(v.string('errors.code_format'), v.maxLength(codeLength * 3, 'errors.code_format'))
});

/** The nickname as typed; cleaned and length-checked by `cleanNickname` and `nicknameProblem`. */
export const nicknameFormSchema = v.object({
	nickname: v.pipe(v.string('errors.nickname_empty'), v.maxLength(200, 'errors.nickname_too_long'))
});

/**
 * A batch of answers from the student's queue; each answer is checked against its question later,
 * and `null` clears the question's answer.
 */
export const saveAnswersSchema = v.strictObject({
	token: tokenSchema,
	attemptId: v.pipe(v.string(invalid), v.uuid(invalid)),
	answers: v.pipe(
		v.array(
			v.strictObject({
				seq: v.pipe(v.number(invalid), v.safeInteger(invalid), v.minValue(1, invalid)),
				questionId: questionIdSchema,
				// null: the student cleared their answer, and the stored one must go too.
				answer: v.nullable(v.looseObject({}, invalid))
			}),
			invalid
		),
		v.minLength(1, invalid),
		v.maxLength(200, invalid)
	)
});
export type SaveAnswersBody = v.InferOutput<typeof saveAnswersSchema>;

export const submitSchema = v.strictObject({
	token: tokenSchema,
	attemptId: v.pipe(v.string(invalid), v.uuid(invalid)),
	lang: v.picklist(['hu', 'en'], invalid)
});

/** One answer a student asks to have checked (practice mode); the answer is checked against its question later. */
export const checkSchema = v.strictObject({
	token: tokenSchema,
	questionId: questionIdSchema,
	answer: v.unknown()
});
export type CheckBody = v.InferOutput<typeof checkSchema>;

export const flagSchema = v.strictObject({
	token: tokenSchema,
	questionId: questionIdSchema,
	comment: v.pipe(
		v.string(invalid),
		v.transform((comment) => cleanText(comment, { multiline: true })),
		v.trim(),
		v.maxLength(500, 'errors.comment_too_long')
	)
});

export const teacherKeySchema = v.object({ key: tokenSchema });

/** FormData to a plain object; fields listed in `arrays` keep every value. */
export function formToObject(
	form: FormData,
	arrays: readonly string[] = []
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const name of new Set(form.keys())) {
		const values = form.getAll(name).map((value) => (typeof value === 'string' ? value : ''));
		out[name] = arrays.includes(name) ? values : values[0];
	}
	for (const name of arrays) out[name] ??= [];
	return out;
}

/** The first problem's message key, for a form's error line. */
export function firstIssue(issues: readonly { message: string }[]): string {
	const message = issues[0]?.message ?? invalid;
	return message.startsWith('errors.') ? message : invalid;
}

/**
 * `2026-11-25T09:00` typed in the teacher's browser to an ISO instant. `offset` is the browser's
 * `getTimezoneOffset()` (minutes behind UTC); without JavaScript it is unknown and Budapest time is
 * assumed, the time zone of the lesson's schools.
 */
export function localToIso(local: string, offset: number | ''): string | null {
	if (!local) return null;
	const [date, time] = local.split('T');
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const asUtc = Date.UTC(y, mo - 1, d, h, mi);
	if (Number.isNaN(asUtc)) return null;
	const minutes = offset === '' ? -zoneOffsetMinutes(asUtc, 'Europe/Budapest') : offset;
	return new Date(asUtc + minutes * 60_000).toISOString();
}

/** How many minutes a time zone is ahead of UTC around a moment (60 in a Budapest winter). */
function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
	const parts = dateTimeFormat('en-GB', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(new Date(utcMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((shown - utcMs) / 60_000);
}
