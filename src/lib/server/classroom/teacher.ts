import { findForTeacher, type Assignment } from './assignments';
import type { Dashboard } from './dashboard';
import { ClassroomError } from './errors';
import { database, limits } from './service';

/**
 * The assignment, for its teacher only. An unknown id and a wrong key get the same answer, and
 * failures are rate-limited per address (keys are 256 random bits, so this only stops noise).
 */
export async function teacherAssignment(
	id: string,
	key: string,
	address: string
): Promise<Assignment> {
	if (!limits.teacherPerIp.allows(address)) throw new ClassroomError('rate_limited');
	const assignment = await findForTeacher(await database(), id, key);
	if (!assignment) {
		limits.teacherPerIp.take(address);
		throw new ClassroomError('not_found');
	}
	return assignment;
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
