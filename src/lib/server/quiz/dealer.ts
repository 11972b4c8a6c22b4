import { createHmac } from 'node:crypto';
import { getDb } from '../db';
import { serverSecret } from './secret';

let secret: Promise<string> | undefined;

/**
 * The key of one deal: the questions, options and ids one attempt gets. A keyed hash of what names
 * the attempt with the server's secret, so no browser can work out another deal, or undo its own.
 */
export async function dealKey(...attempt: string[]): Promise<string> {
	if (!secret) {
		secret = getDb().then((db) => serverSecret(db.db, 'quiz-deal'));
		// A failed read (database down) is not kept: the next request tries again.
		secret.catch(() => (secret = undefined));
	}
	return createHmac('sha256', await secret)
		.update(attempt.join('\u0000'))
		.digest('base64url');
}
