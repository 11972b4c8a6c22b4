import { movedToLesson } from '$lib/server/lessons/moved';

/** The teacher's guide's address from before lessons had slugs. */
export const GET = movedToLesson('guide');
