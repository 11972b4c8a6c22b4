import { sheetMoved } from '$lib/server/lessons/moved';

/** A printable sheet's address from before lessons had slugs. */
export const GET = sheetMoved;
