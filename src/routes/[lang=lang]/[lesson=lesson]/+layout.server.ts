import { error } from '@sveltejs/kit';
import { findLesson } from '$lib/server/lessons/registry';
import { card } from '$lib/server/lessons/content';
import type { LayoutServerLoad } from './$types';

/** The lesson of every page under its slug: its card (titles, dates); a 404 for no such lesson. */
export const load: LayoutServerLoad = ({ params }) => {
	const lesson = findLesson(params.lesson);
	if (!lesson) error(404, { message: 'Not found' });
	return { lesson: card(lesson) };
};
