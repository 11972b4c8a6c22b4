import type { QueuedAnswer, SendOutcome } from '$lib/classroom/save-queue';

/**
 * Posts JSON to a classroom endpoint. Network failures, server faults and rate limits mean "try
 * again later"; any other refusal is final and carries its translation key.
 */
export async function postJson(
	url: string,
	body: unknown
): Promise<SendOutcome & { data?: unknown }> {
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
	if (response.ok) return { kind: 'ok', data: await response.json().catch(() => null) };
	if (response.status >= 500 || response.status === 429) return { kind: 'offline' };
	const data = (await response.json().catch(() => null)) as { error?: string } | null;
	return { kind: 'refused', error: data?.error ?? 'invalid' };
}

/** The sender the answer queue uses for one attempt. */
export function answerSender(token: string, attemptId: string) {
	return (answers: QueuedAnswer[]) =>
		postJson('/api/classroom/answers', { token, attemptId, answers });
}
