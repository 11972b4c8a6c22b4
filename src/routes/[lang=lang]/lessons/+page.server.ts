import { lessonCards } from '$lib/server/lessons/registry';
import type { PageServerLoad } from './$types';

/** The lesson index: each lesson's card, the default lesson first. */
export const load: PageServerLoad = () => ({ lessons: lessonCards() });
