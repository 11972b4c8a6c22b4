import { movedToLesson } from '$lib/server/lessons/moved';

/** The timeline's address from before lessons had slugs. */
export const GET = movedToLesson('timeline');
