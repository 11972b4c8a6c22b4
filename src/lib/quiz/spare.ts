import { quizIds } from '$lib/content/anchors';
import { dealStore, type KeptDeal } from './deal-store';
import { postJson } from './outcome';
import type { ProgressStorage } from './progress';
import type { PublicQuestion } from './types';
import { randomUuid } from './uuid';

/** Deals a practice attempt on the server: its questions, without keys. */
export async function drawDeal(quiz: string): Promise<KeptDeal | null> {
	const deal = randomUuid();
	const outcome = await postJson<{ questions: PublicQuestion[] }>('/api/quiz/deal', {
		quiz,
		attempt: deal
	});
	return outcome.kind === 'ok' ? { deal, questions: outcome.data.questions } : null;
}

/**
 * Draws a spare deal for each quiz that has none, one request at a time, so that a quiz can be
 * started offline later (deal-store.ts). Called once the lesson works offline, and by a quiz page
 * whose spare was used.
 */
export async function stockSpares(
	storage: ProgressStorage | undefined,
	ids: readonly string[] = quizIds
): Promise<void> {
	for (const id of ids) {
		const store = dealStore(storage, id);
		if (store.hasSpare()) continue;
		const spare = await drawDeal(id);
		if (!spare) return;
		store.putSpare(spare);
	}
}
