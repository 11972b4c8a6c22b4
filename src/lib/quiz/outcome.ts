import type { Answer, Reveal } from './types';

/** How a request to the server ended: what it returned, "try again later", or a final refusal. */
export type Outcome<T> =
	{ kind: 'ok'; data: T } | { kind: 'offline' } | { kind: 'refused'; error: string };

/** Final answers sent for grading; `null` for a question left unanswered. */
export type FinalAnswers = { questionId: string; answer: Answer | null }[];

/** Where the player gets reveals from: the practice checker or the class server. */
export type Revealer = (answers: FinalAnswers) => Promise<Outcome<Record<string, Reveal>>>;

/**
 * Posts JSON and sorts the reply: network failures, server faults and rate limits mean "try again
 * later"; any other refusal is final and carries its translation key under `teacher:errors`.
 */
export async function postJson<T>(url: string, body: unknown): Promise<Outcome<T>> {
	let response: Response;
	try {
		response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
	} catch {
		return { kind: 'offline' };
	}
	if (response.ok) {
		const data = (await response.json().catch(() => null)) as T | null;
		return data === null ? { kind: 'offline' } : { kind: 'ok', data };
	}
	if (response.status >= 500 || response.status === 429) return { kind: 'offline' };
	const data = (await response.json().catch(() => null)) as { error?: string } | null;
	return { kind: 'refused', error: data?.error ?? 'invalid' };
}
