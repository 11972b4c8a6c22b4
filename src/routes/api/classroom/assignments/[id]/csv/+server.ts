import * as v from 'valibot';
import { assignmentIdSchema, formToObject, teacherKeySchema } from '$lib/classroom/schemas';
import { isLang } from '$lib/i18n/langs';
import { loadDashboard } from '$lib/server/classroom/dashboard';
import { ClassroomError } from '$lib/server/classroom/errors';
import { localeResources } from '$lib/server/locales';
import { api, catalogue, database, formBody } from '$lib/server/classroom/service';
import { dashboardCsv, teacherAssignment, type CsvHeadings } from '$lib/server/classroom/teacher';
import type { RequestHandler } from './$types';

/**
 * The class results as a CSV download. A form POST (the key in the body, not the URL), so that the
 * key reaches no log and SvelteKit's origin check guards it like every form.
 */
export const POST: RequestHandler = ({ params, request, getClientAddress }) =>
	api(async () => {
		const form = formToObject(await formBody(request));
		const parsed = v.safeParse(teacherKeySchema, form);
		if (!v.is(assignmentIdSchema, params.id) || !parsed.success)
			throw new ClassroomError('not_found');
		const lang = isLang(form.lang) ? form.lang : 'hu';
		const assignment = await teacherAssignment(params.id, parsed.output.key, getClientAddress());
		const dash = await loadDashboard(await database(), catalogue, assignment, lang, new Date());
		const words = localeResources[lang].teacher as {
			csv: CsvHeadings;
			status: Record<string, string>;
		};
		const body = dashboardCsv(dash, words.csv, words.status);
		return new Response(body, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="results-${assignment.code}.csv"`,
				'cache-control': 'no-store'
			}
		});
	});
