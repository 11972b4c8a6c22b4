import { movedToLesson } from '$lib/server/lessons/moved';

/** The quiz list's address from before lessons had slugs. */
export const GET = movedToLesson('quizzes');
