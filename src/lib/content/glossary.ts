import type { Lang } from '$lib/i18n/langs';
import file from '$lessons/shoigu-pyongyang-2024/glossary.yaml';
import type { GlossaryFile } from './lesson/schema';

/** A word the explainer explains: its form and a short definition in each language. */
export interface GlossaryTerm {
	id: string;
	term: Record<Lang, string>;
	definition: Record<Lang, string>;
}

/**
 * The glossary, in the order of first use in the explainer; the glossary page sorts it per language.
 * Written in the lesson folder's glossary.yaml.
 */
export const glossary: GlossaryTerm[] = (file as GlossaryFile).terms;
