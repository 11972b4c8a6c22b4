import type { Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignmentIdSchema, formToObject, tokenSchema } from '$lib/classroom/schemas';
import { isLang, type Lang } from '$lib/i18n/langs';
import { localeResources } from '../locales';
import type { Assignment } from './assignments';
import { loadDashboard } from './dashboard';
import { ClassroomError } from './errors';
import { catalogue, database, formBody } from './service';
import { findQuiz } from '../quiz/bank';
import {
	quizTable,
	resultTable,
	teacherAssignment,
	type Cell,
	type CsvHeadings,
	type QuizSheetHeadings
} from './teacher';
import { teacherKeyFrom } from './teacher-session';

interface ExportRequest {
	params: { id?: string };
	request: Request;
	cookies: Cookies;
	getClientAddress(): string;
}

/**
 * The class results for a download, in the language the form asks for. A form POST, so that
 * SvelteKit's origin check guards it; the key comes from the teacher's cookie (or, from an older
 * page, a form field), never from the URL.
 */
export async function exportFor(event: ExportRequest): Promise<{
	assignment: Assignment;
	lang: Lang;
	table: Cell[][];
	sheet: string;
	quizzes: { sheet: string; table: Cell[][] };
}> {
	const form = formToObject(await formBody(event.request));
	const id = event.params.id;
	if (!v.is(assignmentIdSchema, id)) throw new ClassroomError('not_found');
	const key = v.is(tokenSchema, form.key) ? form.key : teacherKeyFrom(event.cookies, id);
	if (!key) throw new ClassroomError('not_found');
	const lang = isLang(form.lang) ? form.lang : 'hu';
	const assignment = await teacherAssignment(id, key, event.getClientAddress());
	const dash = await loadDashboard(await database(), catalogue, assignment, lang, new Date());
	const words = localeResources[lang].teacher as {
		csv: CsvHeadings & QuizSheetHeadings & { sheet: string; quizzes_sheet: string };
		status: Record<string, string>;
	};
	return {
		assignment,
		lang,
		table: resultTable(dash, words.csv, words.status),
		sheet: words.csv.sheet,
		quizzes: {
			sheet: words.csv.quizzes_sheet,
			table: quizTable(
				assignment.quizIds.map((ref) => {
					const found = findQuiz(ref);
					return {
						lesson: found?.lesson.shortTitle[lang] ?? ref,
						quiz: found?.quiz.title[lang] ?? ref,
						count: catalogue.questionIds([ref]).length
					};
				}),
				words.csv
			)
		}
	};
}
