import type { Kysely } from 'kysely';
import { averagePercent, scoreDistribution } from '$lib/classroom/distribution';
import { analyseItems, type ItemStats } from '$lib/classroom/item-analysis';
import { percentOf, suggestedMark, type Mark } from '$lib/classroom/marks';
import { pageOf, type Paging } from '$lib/classroom/paging';
import type { Lang } from '$lib/i18n/langs';
import type { Database } from '../db/schema';
import { assignmentState, type Assignment, type AssignmentState } from './assignments';
import { clearedAnswer, type AttemptResult } from './attempts';
import type { Catalogue } from './catalogue';

export type StudentStatus = 'joined' | 'working' | 'submitted';

/** One row of the teacher's class list. The latest submitted attempt is the one that counts. */
export interface StudentRow {
	id: string;
	nickname: string;
	lang: Lang;
	status: StudentStatus;
	joinedAt: string;
	attempts: number;
	/** Answers saved in the attempt in progress. */
	answered: number;
	score: number | null;
	max: number | null;
	/** Of the counted attempt, to one decimal. */
	percent: number | null;
	/** Suggested five-point mark by the assignment's bands (null: not submitted). */
	mark: Mark | null;
	/** Seconds from the first save to submission. */
	seconds: number | null;
	/** Points per question of the counted attempt, in question order (null: not submitted). */
	points: (number | null)[];
}

export interface Dashboard {
	state: AssignmentState;
	/** Lowest percentages of marks 2–5, as the teacher set them. */
	markThresholds: readonly number[];
	questions: { id: string; prompt: string }[];
	/** One page of the class list (all of it for the downloads); the figures below cover everyone. */
	students: StudentRow[];
	paging: Paging;
	counts: Record<StudentStatus, number>;
	/** The class's average percentage over the counted attempts, to one decimal (null: none yet). */
	average: number | null;
	distribution: number[];
	items: (ItemStats & { prompt: string; topWrongText: string | null })[];
	/** The newest `flagsShown` reports; `flagCount` counts them all. */
	flags: {
		nickname: string;
		questionId: string;
		prompt: string;
		comment: string;
		createdAt: string;
	}[];
	flagCount: number;
}

/** Student reports shown on the dashboard, newest first: a big class's reports stay one screen. */
export const flagsShown = 100;

/**
 * What the teacher sees of an assignment, computed from the database in a few queries. The class
 * list comes a `page` at a time (`studentsPerPage` rows: a class of 5,000 once made a 56 MB page),
 * or whole when `page` is null (the CSV and xlsx); counts, chart and item analysis cover everyone.
 */
export async function loadDashboard(
	db: Kysely<Database>,
	catalogue: Catalogue,
	assignment: Assignment,
	lang: Lang,
	now: Date,
	page: number | null = null
): Promise<Dashboard> {
	const questionIds = catalogue.questionIds(assignment.quizIds);
	const [participants, attempts, answerCounts, flags, flagCount] = await Promise.all([
		db
			.selectFrom('participants')
			.select(['id', 'nickname', 'lang', 'joined_at'])
			.where('assignment_id', '=', assignment.id)
			.orderBy('joined_at')
			.orderBy('nickname')
			.execute(),
		db
			.selectFrom('attempts')
			.selectAll()
			.where('assignment_id', '=', assignment.id)
			.orderBy('number')
			.execute(),
		db
			.selectFrom('answers')
			.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
			.select(['answers.attempt_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('attempts.assignment_id', '=', assignment.id)
			.where('attempts.submitted_at', 'is', null)
			.where('answers.answer', '!=', clearedAnswer)
			.groupBy('answers.attempt_id')
			.execute(),
		db
			.selectFrom('flags')
			.innerJoin('participants', 'participants.id', 'flags.participant_id')
			.select(['participants.nickname', 'flags.question_id', 'flags.comment', 'flags.created_at'])
			.where('flags.assignment_id', '=', assignment.id)
			.orderBy('flags.created_at', 'desc')
			.orderBy('flags.id')
			.limit(flagsShown)
			.execute(),
		db
			.selectFrom('flags')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('assignment_id', '=', assignment.id)
			.executeTakeFirst()
	]);
	const answered = new Map(answerCounts.map((r) => [r.attempt_id, Number(r.n)]));
	const counted = new Map<string, AttemptResult>();
	const byStudent = new Map<string, typeof attempts>();
	for (const a of attempts) {
		byStudent.set(a.participant_id, [...(byStudent.get(a.participant_id) ?? []), a]);
		if (a.submitted_at) {
			counted.set(a.participant_id, {
				attemptId: a.id,
				number: a.number,
				score: a.score ?? 0,
				max: a.max_score ?? 0,
				submittedAt: a.submitted_at,
				startedAt: a.started_at,
				lang: a.lang,
				items: a.results ? JSON.parse(a.results) : []
			});
		}
	}
	const students: StudentRow[] = participants.map((p) => {
		const mine = byStudent.get(p.id) ?? [];
		const open = mine.find((a) => !a.submitted_at);
		const result = counted.get(p.id);
		const points = new Map(result?.items.map((i) => [i.questionId, i.points]));
		return {
			id: p.id,
			nickname: p.nickname,
			lang: result?.lang ?? p.lang,
			status: open ? 'working' : result ? 'submitted' : 'joined',
			joinedAt: p.joined_at,
			attempts: mine.length,
			answered: open ? (answered.get(open.id) ?? 0) : 0,
			score: result?.score ?? null,
			max: result?.max ?? null,
			percent: result ? percentOf(result.score, result.max) : null,
			mark: result ? suggestedMark(result.score, result.max, assignment.markThresholds) : null,
			seconds: result
				? Math.round((Date.parse(result.submittedAt) - Date.parse(result.startedAt)) / 1000)
				: null,
			points: questionIds.map((q) => (result ? (points.get(q) ?? 0) : null))
		};
	});
	const results = [...counted.values()];
	const stats = analyseItems(
		questionIds,
		results.map((r) => ({
			lang: r.lang,
			responses: Object.fromEntries(
				r.items.map((i) => [
					i.questionId,
					{ correct: i.points >= i.max && i.max > 0, answerKey: i.answerKey }
				])
			)
		}))
	);
	const counts = { joined: 0, working: 0, submitted: 0 };
	for (const s of students) counts[s.status]++;
	const shown = pageOf(students, page);
	return {
		state: assignmentState(assignment, now),
		markThresholds: assignment.markThresholds,
		questions: questionIds.map((id) => ({ id, prompt: catalogue.prompt(id, lang) })),
		students: shown.rows,
		paging: shown.paging,
		counts,
		average: averagePercent(results),
		distribution: scoreDistribution(results),
		items: stats.map((s) => ({
			...s,
			prompt: catalogue.prompt(s.questionId, lang),
			topWrongText: s.topWrong
				? catalogue.answerText(s.questionId, s.topWrong.answerKey, lang)
				: null
		})),
		flags: flags.map((f) => ({
			nickname: f.nickname,
			questionId: f.question_id,
			prompt: catalogue.prompt(f.question_id, lang),
			comment: f.comment,
			createdAt: f.created_at
		})),
		flagCount: Number(flagCount?.n ?? 0)
	};
}
