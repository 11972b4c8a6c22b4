import type { ExplainerSectionId } from './anchors';
import type { Lang } from '$lib/i18n/langs';
import file from '$lessons/shoigu-pyongyang-2024/explainer.yaml';
import type { ExplainerFile } from './lesson/schema';

/** One paragraph in both languages; the id is its evidence anchor (see anchors.ts). */
export interface ExplainerParagraph {
	id: string;
	/** Marked-up text (see rich-text.ts): glossary terms, estimates and source notes inline. */
	text: Record<Lang, string>;
	/** Describes events after the article (13 September 2024): shown with a "later" label. */
	later?: boolean;
}

export interface ExplainerSection {
	id: ExplainerSectionId;
	title: Record<Lang, string>;
	paragraphs: ExplainerParagraph[];
}

/**
 * The explainer, written by us in both languages from the article and the fact sheet.
 * Every figure and date is marked with the fact id it comes from; contentSpec checks them.
 * Written in the lesson folder's explainer.yaml; its ids are the ones agreed in anchors.ts.
 */
export const sections: ExplainerSection[] = (file as ExplainerFile).sections as ExplainerSection[];
