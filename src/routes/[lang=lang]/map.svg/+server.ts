import { mapMoved } from '$lib/server/lessons/moved';

/** The story map's address from before lessons had slugs: the default lesson's map. */
export const GET = mapMoved;
