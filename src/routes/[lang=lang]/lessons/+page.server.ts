import { lessonGuide } from '$lib/content/guide/lesson-guide';
import { hasGuide } from '$lib/content/guide/page-data.server';
import { findLesson, lessonCards } from '$lib/server/lessons/registry';
import type { PageServerLoad } from './$types';

/** The lesson index: each lesson's card, the default lesson first, and whether it has a guide. */
export const load: PageServerLoad = () => ({
	lessons: lessonCards().map((card) => {
		const lesson = findLesson(card.slug);
		return { ...card, guide: !!lesson && hasGuide(lessonGuide(lesson)) };
	})
});
