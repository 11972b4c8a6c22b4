import { quizMoved } from '$lib/server/lessons/moved';

/** A quiz's address from before lessons had slugs. */
export const GET = quizMoved;
