import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignmentIdSchema, tokenSchema } from '$lib/classroom/schemas';
import { pageParam } from '$lib/classroom/paging';
import { isLang } from '$lib/i18n/langs';
import { loadDashboard } from '$lib/server/classroom/dashboard';
import { dashboardVersion, matchesETag } from '$lib/server/classroom/dashboard-version';
import { ClassroomError } from '$lib/server/classroom/errors';
import { api, catalogue, database } from '$lib/server/classroom/service';
import { teacherAssignment } from '$lib/server/classroom/teacher';
import { teacherKeyFrom } from '$lib/server/classroom/teacher-session';
import type { RequestHandler } from './$types';

/**
 * The live dashboard for polling. The key travels in the teacher's cookie (or the Authorization
 * header), never in the URL, so that it appears in no access log.
 */
export const GET: RequestHandler = ({ params, request, url, cookies, getClientAddress }) =>
	api(async () => {
		const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
		const key =
			bearer ?? (v.is(assignmentIdSchema, params.id) ? teacherKeyFrom(cookies, params.id) : '');
		if (!v.is(assignmentIdSchema, params.id) || !v.is(tokenSchema, key)) {
			throw new ClassroomError('not_found');
		}
		const assignment = await teacherAssignment(params.id, key, getClientAddress());
		const lang = url.searchParams.get('lang');
		const db = await database();
		const now = new Date();
		const dashLang = isLang(lang) ? lang : 'hu';
		// The page of the class list the teacher is reading (`?page=`, as on the dashboard page).
		const page = pageParam(url.searchParams.get('page'));
		// Polled every few seconds: the browser revalidates its copy (If-None-Match), and when
		// nothing changed it gets a 304 without the dashboard being built. Private: the teacher's only.
		const etag = await dashboardVersion(db, assignment, dashLang, now, page);
		const headers = { 'cache-control': 'private, no-cache', etag };
		if (matchesETag(request, etag)) return new Response(null, { status: 304, headers });
		const dashboard = await loadDashboard(db, catalogue, assignment, dashLang, now, page);
		return json({ dashboard, closed: assignment.closed }, { headers });
	});
