import { chartFileMoved } from '$lib/server/lessons/moved';

/** A chart's CSV address from before lessons had slugs. */
export const GET = chartFileMoved('csv');
