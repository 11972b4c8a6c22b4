import { chartFileMoved } from '$lib/server/lessons/moved';

/** A chart's JSON address from before lessons had slugs. */
export const GET = chartFileMoved('json');
