import { joinUrl, qrSvg, shortJoinAddress } from '$lib/server/classroom/links';
import { lobby } from '$lib/server/classroom/lobby';
import { refusingLoad } from '$lib/server/classroom/load-refusal';
import { database } from '$lib/server/classroom/service';
import { teacherFromCookie } from '$lib/server/classroom/teacher-access';
import type { PageServerLoad } from './$types';

/**
 * The class view for the projector: code, QR code and join address, and who has arrived. Only for
 * the browser holding the teacher's cookie, and it carries no key and no private link, so a
 * photo of the screen gives a student nothing but the way in.
 */
export const load: PageServerLoad = (event) =>
	refusingLoad(async () => {
		const { assignment } = await teacherFromCookie(event);
		event.setHeaders({ 'cache-control': 'private, no-store' });
		const link = joinUrl(event.url.origin, assignment.code);
		return {
			id: assignment.id,
			code: assignment.code,
			title: assignment.title,
			joinUrl: link,
			shortJoin: shortJoinAddress(link),
			qr: await qrSvg(link),
			lobby: await lobby(await database(), assignment.id)
		};
	});
