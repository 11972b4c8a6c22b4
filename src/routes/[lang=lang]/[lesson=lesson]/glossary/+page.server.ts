import { error } from '@sveltejs/kit';
import { cleanQuery } from '$lib/content/glossary-search';
import { findLesson } from '$lib/server/lessons/registry';
import type { PageServerLoad } from './$types';

/**
 * Every glossary term of the lesson in both languages, and the search sent by the page's GET form
 * (`?q=`): the page filters and sorts them in the reader's language, on the server without
 * JavaScript as well.
 */
export const load: PageServerLoad = ({ params, url }) => {
	const lesson = findLesson(params.lesson);
	if (!lesson) error(404, { message: 'Not found' });
	return { terms: lesson.glossary.terms, q: cleanQuery(url.searchParams.get('q')) };
};
