import { glossary } from '$lib/content/glossary';
import type { PageServerLoad } from './$types';

/** Every glossary term in both languages; the page sorts them in the reader's language. */
export const load: PageServerLoad = () => ({ terms: glossary });
