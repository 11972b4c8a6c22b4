import { lessonAsOf } from '$lib/data/currency.server';
import type { PageServerLoad } from './$types';

/** The home page says how current the lesson is: the date of its latest fact. */
export const load: PageServerLoad = () => ({ asOf: lessonAsOf });
