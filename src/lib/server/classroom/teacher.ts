import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findForTeacher, type Assignment } from './assignments';
import type { Dashboard } from './dashboard';
import { ClassroomError } from './errors';
import { addressKey, type RateLimiter } from './rate-limit';
import { database, limits } from './service';

/**
 * The assignment, for its teacher only. An unknown id and a wrong key get the same answer, and
 * failures are rate-limited per address (keys are 256 random bits, so this only stops noise). The
 * right key always passes, so that wrong keys from a shared school address never lock the teacher out.
 */
export async function teacherAssignment(
	id: string,
	key: string,
	address: string
): Promise<Assignment> {
	return authoriseTeacher(await database(), id, key, address);
}

export async function authoriseTeacher(
	db: Kysely<Database>,
	id: string,
	key: string,
	address: string,
	wrongKeys: RateLimiter = limits.wrongKeyPerIp,
	now = Date.now()
): Promise<Assignment> {
	const assignment = await findForTeacher(db, id, key);
	if (assignment) return assignment;
	if (!wrongKeys.take(addressKey(address), now)) throw new ClassroomError('rate_limited');
	throw new ClassroomError('not_found');
}

/** Column titles of the export, in the teacher's language. */
export type CsvHeadings = Record<
	'nickname' | 'lang' | 'status' | 'attempts' | 'score' | 'max' | 'percent' | 'mark' | 'seconds',
	string
>;

export type Cell = string | number | null;

/**
 * The class as a table for the school register: one row per student (their latest submitted
 * attempt) with points, percentage and the suggested mark, then one column per question with the
 * points earned (empty: not submitted). The CSV and the .xlsx are written from this one table.
 */
export function resultTable(
	dash: Dashboard,
	headings: CsvHeadings,
	statusWords: Record<string, string>
): Cell[][] {
	const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
	const header = [
		headings.nickname,
		headings.lang,
		headings.status,
		headings.attempts,
		headings.score,
		headings.max,
		headings.percent,
		headings.mark,
		headings.seconds,
		...dash.questions.map((q, i) => `${i + 1}. ${shorten(q.prompt)}`)
	];
	const rows = dash.students.map((s) => [
		s.nickname,
		s.lang,
		statusWords[s.status] ?? s.status,
		s.attempts,
		s.score,
		s.max,
		s.percent,
		s.mark,
		s.seconds,
		...s.points
	]);
	return [header, ...rows];
}

/** The headings of the workbook's quiz sheet. */
export type QuizSheetHeadings = Record<'lesson' | 'quiz' | 'questions', string>;

/**
 * Which lesson and quiz each question column of the results table comes from: one row per quiz,
 * in the table's order, with its columns' numbers ("1–13"; the results name them "1. …").
 */
export function quizTable(
	quizzes: readonly { lesson: string; quiz: string; count: number }[],
	headings: QuizSheetHeadings
): Cell[][] {
	let first = 1;
	const rows = quizzes.map(({ lesson, quiz, count }) => {
		const columns = count > 1 ? `${first}–${first + count - 1}` : count === 1 ? `${first}` : '';
		first += count;
		return [lesson, quiz, columns];
	});
	return [[headings.lesson, headings.quiz, headings.questions], ...rows];
}
