import { movedToLesson } from '$lib/server/lessons/moved';

/** The glossary's address from before lessons had slugs. */
export const GET = movedToLesson('glossary');
