import { explainerData } from '$lib/content/explainer-data.server';
import type { PageServerLoad } from './$types';

/**
 * The explainer in both languages (parallel mode and the per-paragraph translation need the other one),
 * with its glossary, people and cited facts. Runs on the server so the content code never ships to the
 * browser; it does not read the language, so switching language reuses it without a new request.
 */
export const load: PageServerLoad = () => explainerData();
