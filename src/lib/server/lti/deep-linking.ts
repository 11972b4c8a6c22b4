import { SignJWT } from 'jose';
import * as v from 'valibot';
import { newSecret } from '../classroom/keys';
import { exportQuizzes } from '../exports/bank';
import { findQuiz } from '../quiz/bank';
import { claim, type DeepLinkingClaims } from './claims';
import { toolKey } from './keys';
import { LtiError, type LtiDb, type LtiTables } from './tables';

const ticketMinutes = 30;

/** Keeps a verified deep-linking request for the teacher's pick; the ticket goes in the form. */
export async function startDeepLinking(
	db: LtiDb,
	registration: LtiTables['lti_registrations'],
	claims: DeepLinkingClaims,
	now: Date
): Promise<string> {
	const ticket = newSecret();
	await db.deleteFrom('lti_deep_links').where('expires_at', '<', now.toISOString()).execute();
	await db
		.insertInto('lti_deep_links')
		.values({
			ticket,
			registration_id: registration.id,
			deployment_id: claims[claim.deploymentId],
			return_url: claims[claim.deepLinkingSettings].deep_link_return_url,
			data: claims[claim.deepLinkingSettings].data ?? null,
			expires_at: new Date(now.getTime() + ticketMinutes * 60_000).toISOString()
		})
		.execute();
	return ticket;
}

const pickSchema = v.object({
	ticket: v.pipe(v.string(), v.length(43)),
	quiz: v.pipe(
		v.string(),
		v.maxLength(200),
		v.transform((sent) => findQuiz(sent)?.ref),
		v.string()
	)
});

/**
 * The teacher's pick as a signed LtiDeepLinkingResponse: one resource link to the quiz, with a
 * line item so that the platform makes a gradebook column for it. The ticket is used up.
 */
export async function deepLinkingResponse(
	db: LtiDb,
	form: Record<string, unknown>,
	launchUrl: string,
	now: Date
): Promise<{ returnUrl: string; jwt: string; quiz: string }> {
	const parsed = v.safeParse(pickSchema, form);
	if (!parsed.success) throw new LtiError(400, 'invalid');
	const { ticket, quiz } = parsed.output;
	const row = await db
		.selectFrom('lti_deep_links')
		.innerJoin('lti_registrations', 'lti_registrations.id', 'lti_deep_links.registration_id')
		.select([
			'lti_deep_links.return_url',
			'lti_deep_links.data',
			'lti_deep_links.deployment_id',
			'lti_deep_links.expires_at',
			'lti_registrations.issuer',
			'lti_registrations.client_id'
		])
		.where('lti_deep_links.ticket', '=', ticket)
		.executeTakeFirst();
	if (!row || row.expires_at <= now.toISOString()) throw new LtiError(404, 'expired_ticket');
	await db.deleteFrom('lti_deep_links').where('ticket', '=', ticket).execute();
	const { title, questions } = exportQuizzes(quiz)[0];
	const key = await toolKey(db);
	const item = {
		type: 'ltiResourceLink',
		title: `${title.hu} / ${title.en}`,
		url: launchUrl,
		custom: { quiz },
		lineItem: { scoreMaximum: questions.length, label: title.en, resourceId: quiz }
	};
	const jwt = await new SignJWT({
		nonce: newSecret(),
		[claim.messageType]: 'LtiDeepLinkingResponse',
		[claim.version]: '1.3.0',
		[claim.deploymentId]: row.deployment_id,
		[claim.contentItems]: [item],
		...(row.data ? { [claim.data]: row.data } : {})
	})
		.setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
		.setIssuer(row.client_id)
		.setAudience(row.issuer)
		.setIssuedAt(Math.floor(now.getTime() / 1000))
		.setExpirationTime(Math.floor(now.getTime() / 1000) + 600)
		.sign(key.privateKey);
	return { returnUrl: row.return_url, jwt, quiz };
}
