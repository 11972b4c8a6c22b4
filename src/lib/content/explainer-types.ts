import type { Lang } from '$lib/i18n/langs';

/** A paragraph as the explainer page receives it: marked-up text in the page's language. */
export interface ExplainerPageParagraph {
	id: string;
	/** Marked-up text (see rich-text.ts) in the page's language. */
	text: string;
	/** The same paragraph in the other language; sent only in parallel mode. */
	translation?: string;
	/** Describes events after the article: shown with a "later" label. */
	later?: boolean;
}

export interface ExplainerPageSection {
	id: string;
	title: string;
	/** The title in the other language; sent only in parallel mode. */
	titleOther?: string;
	paragraphs: ExplainerPageParagraph[];
}

/**
 * A glossary term for the explainer's popovers: both forms of the word (the popover names the
 * other language's), the definition in the languages the page shows.
 */
export interface PageTerm {
	id: string;
	term: Record<Lang, string>;
	definition: Partial<Record<Lang, string>>;
}
