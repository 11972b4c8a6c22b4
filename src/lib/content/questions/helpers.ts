import type {
	EvidenceChartId,
	Evidence,
	ExplainerParagraphId,
	ExplainerSectionId
} from '../anchors';
import type { Option } from '$lib/quiz/types';

/** An option; `en` defaults to `hu` for names and words that are the same in both languages. */
export const opt = (id: string, hu: string, en: string = hu): Option => ({ id, text: { hu, en } });

/** Evidence in the explainer: a paragraph (preferred) or a whole section. */
export const inText = (anchor: ExplainerParagraphId | ExplainerSectionId): Evidence => ({
	kind: 'explainer',
	anchor
});

/** Evidence in a chart on the timeline page. */
export const inChart = (anchor: EvidenceChartId): Evidence => ({ kind: 'chart', anchor });
