import { formToObject } from '$lib/classroom/schemas';
import { ClassroomError } from '$lib/server/classroom/errors';
import { api, formBody } from '$lib/server/classroom/service';
import { requireTeacher } from '$lib/server/exports/auth';
import { exportFileStem, exportQuizzes, isExportChoice } from '$lib/server/exports/bank';
import { moodleXml } from '$lib/server/exports/moodle';
import { qtiPackage } from '$lib/server/exports/qti';
import type { RequestHandler } from './$types';

/**
 * The question bank with its keys, for a teacher only: a form POST with the assignment's id, the
 * key in the teacher's cookie (no key in a URL or a log), guarded by the origin check like every form.
 */
export const POST: RequestHandler = ({ params, request, url, cookies, getClientAddress }) =>
	api(async () => {
		if (params.format !== 'moodle' && params.format !== 'qti')
			throw new ClassroomError('not_found');
		const form = formToObject(await formBody(request));
		await requireTeacher(form, cookies, getClientAddress());
		const choice = form.quiz ?? 'all';
		if (!isExportChoice(choice)) throw new ClassroomError('invalid');
		const quizzes = exportQuizzes(choice);
		const stem = exportFileStem(choice);
		const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
		if (params.format === 'moodle') {
			return new Response(moodleXml(quizzes, url.origin), {
				headers: {
					...headers,
					'content-type': 'application/xml; charset=utf-8',
					'content-disposition': `attachment; filename="${stem}-moodle.xml"`
				}
			});
		}
		return new Response(new Blob([qtiPackage(quizzes) as Uint8Array<ArrayBuffer>]), {
			headers: {
				...headers,
				'content-type': 'application/zip',
				'content-disposition': `attachment; filename="${stem}-qti3.zip"`
			}
		});
	});
