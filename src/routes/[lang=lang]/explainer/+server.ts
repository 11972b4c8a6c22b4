import { movedToLesson } from '$lib/server/lessons/moved';

/** The explainer's address from before lessons had slugs. */
export const GET = movedToLesson('explainer');
