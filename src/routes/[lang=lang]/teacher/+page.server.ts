import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { firstIssue, formToObject } from '$lib/classroom/schemas';
import { createAssignment } from '$lib/server/classroom/assignments';
import { formRefusal } from '$lib/server/classroom/form-refusal';
import { joinUrl, loopbackHint, teacherPath } from '$lib/server/classroom/links';
import { Once } from '$lib/server/classroom/once';
import { createAssignmentSchema, database, limits } from '$lib/server/classroom/service';
import { allLessons } from '$lib/server/lessons/registry';
import { lessonQuizzes } from '$lib/server/quiz/bank';
import { rememberTeacherKey } from '$lib/server/classroom/teacher-session';
import type { Actions, PageServerLoad } from './$types';

/**
 * The quizzes a teacher can assign, lesson by lesson, with their titles and sizes in both
 * languages; `?lesson=<slug>` (the link from a lesson's quizzes) ticks that lesson's first quiz.
 */
export const load: PageServerLoad = ({ url }) => {
	const lessons = allLessons()
		.map((lesson) => ({
			slug: lesson.slug,
			title: lesson.meta.shortTitle,
			quizzes: lessonQuizzes(lesson.slug).map(({ ref, quiz }) => ({
				id: ref,
				title: quiz.title,
				count: quiz.questions.length
			}))
		}))
		.filter((lesson) => lesson.quizzes.length > 0);
	const asked = lessons.find((lesson) => lesson.slug === url.searchParams.get('lesson'));
	return { lessons, preselected: (asked ?? lessons[0])?.quizzes[0]?.id };
};

/**
 * Creations by the form's one-time token (see AssignmentForm): the same form posted twice (a
 * double click, a resent page) makes one assignment, and the second post shows the first one's.
 */
const creations = new Once<Awaited<ReturnType<typeof createAssignment>>>();
const onceToken = /^[0-9a-f]{32}$/;

export const actions: Actions = {
	/**
	 * Creates an assignment and shows its key once, in this response only: the key is not stored,
	 * and the page that shows it is not cached.
	 */
	default: async ({ request, locals, url, cookies, getClientAddress, setHeaders }) => {
		if (!limits.teacherPerIp.take(getClientAddress())) {
			return fail(429, { error: 'errors.rate_limited' });
		}
		const form = formToObject(await request.formData(), ['quizzes']);
		const parsed = v.safeParse(createAssignmentSchema, form);
		if (!parsed.success) return fail(400, { error: firstIssue(parsed.issues), values: form });
		const create = async () => createAssignment(await database(), parsed.output, new Date());
		// The token alone: after a creation the form goes back to its first values, and a second
		// click of Create then still sends the same token (the teacher changed nothing).
		const once = typeof form.once === 'string' && onceToken.test(form.once) ? form.once : null;
		let created;
		try {
			created = await (once ? creations.run(once, create) : create());
		} catch (e) {
			const refusal = formRefusal(e);
			if (!refusal) throw e;
			return fail(refusal.status, { error: refusal.error, values: form });
		}
		const { assignment, key } = created;
		const link = joinUrl(url.origin, assignment.code);
		const privatePath = teacherPath(locals.lang, assignment.id, key);
		setHeaders({ 'cache-control': 'no-store' });
		// This browser may open the dashboard and the class view at once, by keyless addresses.
		rememberTeacherKey(cookies, url, assignment.id, key);
		return {
			created: {
				id: assignment.id,
				code: assignment.code,
				title: assignment.title,
				createdAt: assignment.createdAt,
				joinUrl: link,
				teacherUrl: `${url.origin}${privatePath}`,
				loopback: loopbackHint(url, privatePath)
			}
		};
	}
};
