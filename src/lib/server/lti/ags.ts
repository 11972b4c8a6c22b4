import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { precompiled } from '../db/precompiled';
import { scope } from './claims';
import { toolKey } from './keys';
import type { LtiDb } from './tables';

export type ScoreOutcome = 'sent' | 'not-lti' | 'no-lineitem';

/** `.../lineitems/7?type_id=1` -> `.../lineitems/7/scores?type_id=1` (Moodle keeps a query). */
export function scoresUrl(lineitem: string): string {
	const url = new URL(lineitem);
	url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
	return url.toString();
}

/** Compiled once: every classroom submission asks whether its student came from a platform. */
const selectPassback = precompiled(['participantId'], (db: LtiDb, p) =>
	db
		.selectFrom('lti_users')
		.innerJoin('lti_links', 'lti_links.id', 'lti_users.link_id')
		.innerJoin('lti_registrations', 'lti_registrations.id', 'lti_links.registration_id')
		.select([
			'lti_users.platform_user_id',
			'lti_links.lineitem_url',
			'lti_registrations.client_id',
			'lti_registrations.token_url'
		])
		.where('lti_users.participant_id', '=', p.participantId)
);

/**
 * Assignment and Grade Services: a submitted attempt's score goes to the platform's gradebook,
 * for the platform's opaque user id. The tool proves itself with a JWT signed with its key
 * (client credentials), asks only for the score scope, and sends the score once per submission.
 */
export async function sendScore(
	db: LtiDb,
	participantId: string,
	result: { score: number; max: number },
	now: Date,
	fetchImpl: typeof fetch = fetch
): Promise<ScoreOutcome> {
	const [row] = (await selectPassback(db, { participantId })).rows;
	if (!row) return 'not-lti';
	if (!row.lineitem_url) return 'no-lineitem';
	const key = await toolKey(db);
	const seconds = Math.floor(now.getTime() / 1000);
	const assertion = await new SignJWT({ jti: randomUUID() })
		.setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
		.setIssuer(row.client_id)
		.setSubject(row.client_id)
		.setAudience(row.token_url)
		.setIssuedAt(seconds)
		.setExpirationTime(seconds + 300)
		.sign(key.privateKey);
	const tokenResponse = await fetchImpl(row.token_url, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
			client_assertion: assertion,
			scope: scope.score
		}),
		signal: AbortSignal.timeout(10_000)
	});
	if (!tokenResponse.ok) throw new Error(`LTI token endpoint answered ${tokenResponse.status}`);
	const { access_token: accessToken } = (await tokenResponse.json()) as { access_token?: string };
	if (typeof accessToken !== 'string') throw new Error('LTI token endpoint gave no access token');
	const scoreResponse = await fetchImpl(scoresUrl(row.lineitem_url), {
		method: 'POST',
		headers: {
			authorization: `Bearer ${accessToken}`,
			'content-type': 'application/vnd.ims.lis.v1.score+json'
		},
		body: JSON.stringify({
			userId: row.platform_user_id,
			scoreGiven: result.score,
			scoreMaximum: result.max,
			activityProgress: 'Completed',
			gradingProgress: 'FullyGraded',
			timestamp: now.toISOString()
		}),
		signal: AbortSignal.timeout(10_000)
	});
	if (!scoreResponse.ok) throw new Error(`LTI score endpoint answered ${scoreResponse.status}`);
	await db
		.updateTable('lti_users')
		.set({ score_sent_at: now.toISOString() })
		.where('participant_id', '=', participantId)
		.execute();
	return 'sent';
}

/**
 * Called after a classroom submission: passes the score back when the student came through LTI.
 * A platform that is down must not undo the submission, so failures are logged, not thrown.
 */
export async function scoreAfterSubmit(
	db: LtiDb,
	participantId: string,
	result: { score: number; max: number },
	now: Date
): Promise<ScoreOutcome | 'failed'> {
	try {
		return await sendScore(db, participantId, result, now);
	} catch (e) {
		console.error('LTI grade passback failed:', e instanceof Error ? e.message : e);
		return 'failed';
	}
}
