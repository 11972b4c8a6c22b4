import type { QueuedAnswer, SendOutcome } from '$lib/classroom/save-queue';
import { postJson } from '$lib/quiz/outcome';

/**
 * The sender the answer queue uses for one attempt, through the one `postJson` of the app. A 200
 * without the server's JSON (a captive portal's page, a cut reply) is "try again later", not
 * saved: the answers stay queued until the server itself confirms them.
 */
export function answerSender(token: string, attemptId: string) {
	return (answers: QueuedAnswer[]): Promise<SendOutcome> =>
		postJson('/api/classroom/answers', { token, attemptId, answers });
}
