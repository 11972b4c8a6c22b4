import {
	createRemoteJWKSet,
	decodeJwt,
	errors as joseErrors,
	jwtVerify,
	type JWTPayload
} from 'jose';
import * as v from 'valibot';
import { newSecret } from '../classroom/keys';
import {
	claim,
	deepLinkingClaims,
	resourceLinkClaims,
	type DeepLinkingClaims,
	type ResourceLinkClaims
} from './claims';
import { LtiError, type LtiDb, type LtiTables } from './tables';

type Registration = LtiTables['lti_registrations'];

const loginSchema = v.object({
	iss: v.pipe(v.string(), v.url(), v.maxLength(2000)),
	login_hint: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
	target_link_uri: v.pipe(v.string(), v.url(), v.maxLength(2000)),
	client_id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(255))),
	lti_deployment_id: v.optional(v.pipe(v.string(), v.maxLength(255))),
	lti_message_hint: v.optional(v.pipe(v.string(), v.maxLength(4000)))
});

const loginMinutes = 10;

/**
 * OIDC login initiation: the platform names itself, the tool answers with a redirect to the
 * platform's authorisation endpoint. State and nonce are kept on the server (not in a cookie),
 * so the launch works inside an iframe whose third-party cookies are blocked.
 */
export async function loginRedirect(
	db: LtiDb,
	params: Record<string, unknown>,
	launchUrl: string,
	now: Date
): Promise<string> {
	const parsed = v.safeParse(loginSchema, params);
	if (!parsed.success) throw new LtiError(400, 'invalid');
	const { iss, client_id, login_hint, lti_message_hint } = parsed.output;
	const candidates = await db
		.selectFrom('lti_registrations')
		.selectAll()
		.where('issuer', '=', iss)
		.execute();
	const registration = client_id
		? candidates.find((r) => r.client_id === client_id)
		: candidates.length === 1
			? candidates[0]
			: undefined;
	if (!registration) throw new LtiError(404, 'unknown_platform');
	const state = newSecret();
	const nonce = newSecret();
	await db.deleteFrom('lti_logins').where('expires_at', '<', now.toISOString()).execute();
	await db
		.insertInto('lti_logins')
		.values({
			state,
			nonce,
			registration_id: registration.id,
			expires_at: new Date(now.getTime() + loginMinutes * 60_000).toISOString()
		})
		.execute();
	const url = new URL(registration.auth_url);
	const query: Record<string, string> = {
		scope: 'openid',
		response_type: 'id_token',
		response_mode: 'form_post',
		prompt: 'none',
		client_id: registration.client_id,
		redirect_uri: launchUrl,
		login_hint,
		state,
		nonce
	};
	if (lti_message_hint) query.lti_message_hint = lti_message_hint;
	for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
	return url.toString();
}

export type VerifiedLaunch =
	| { kind: 'resource'; registration: Registration; claims: ResourceLinkClaims }
	| { kind: 'deep-linking'; registration: Registration; claims: DeepLinkingClaims };

const launchForm = v.object({
	id_token: v.pipe(v.string(), v.minLength(10), v.maxLength(20_000)),
	state: v.pipe(v.string(), v.minLength(10), v.maxLength(200))
});

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function keySet(url: string) {
	let set = keySets.get(url);
	if (!set) {
		set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000 });
		keySets.set(url, set);
	}
	return set;
}

/**
 * Checks a launch (resource link or deep linking) in this order, refusing with a 4xx before
 * anything is stored: a known platform and deployment, the platform's signature, issuer, audience
 * and expiry, then the one-time state and nonce, which are used up only by a launch that passed.
 */
export async function verifyLaunch(
	db: LtiDb,
	form: Record<string, unknown>,
	now: Date
): Promise<VerifiedLaunch> {
	const parsed = v.safeParse(launchForm, form);
	if (!parsed.success) throw new LtiError(400, 'invalid');
	const { id_token, state } = parsed.output;
	let unverified: JWTPayload;
	try {
		unverified = decodeJwt(id_token);
	} catch {
		throw new LtiError(400, 'invalid');
	}
	const audiences = [unverified.aud ?? []].flat();
	const candidates =
		typeof unverified.iss === 'string'
			? await db
					.selectFrom('lti_registrations')
					.selectAll()
					.where('issuer', '=', unverified.iss)
					.execute()
			: [];
	if (candidates.length === 0) throw new LtiError(403, 'unknown_platform');
	const registration = candidates.find((r) => audiences.includes(r.client_id));
	if (!registration) throw new LtiError(401, 'wrong_audience');
	const deploymentId = unverified[claim.deploymentId];
	const deployment =
		typeof deploymentId === 'string'
			? await db
					.selectFrom('lti_deployments')
					.select('deployment_id')
					.where('registration_id', '=', registration.id)
					.where('deployment_id', '=', deploymentId)
					.executeTakeFirst()
			: undefined;
	if (!deployment) throw new LtiError(403, 'unknown_deployment');

	let payload: JWTPayload;
	try {
		({ payload } = await jwtVerify(id_token, keySet(registration.jwks_url), {
			issuer: registration.issuer,
			audience: registration.client_id,
			algorithms: ['RS256'],
			currentDate: now,
			clockTolerance: 30,
			requiredClaims: ['exp', 'iat', 'nonce', 'sub']
		}));
	} catch (e) {
		throw new LtiError(401, joseRefusal(e));
	}
	if (audiences.length > 1 && payload.azp !== registration.client_id) {
		throw new LtiError(401, 'wrong_audience');
	}

	const type = payload[claim.messageType];
	const schema = type === 'LtiDeepLinkingRequest' ? deepLinkingClaims : resourceLinkClaims;
	const claims = v.safeParse(schema, payload);
	if (!claims.success) throw new LtiError(400, 'invalid_claims');

	// Used up atomically: of two requests with the same state and nonce, one deletes the row.
	const used = await db
		.deleteFrom('lti_logins')
		.where('state', '=', state)
		.where('nonce', '=', claims.output.nonce)
		.where('registration_id', '=', registration.id)
		.where('expires_at', '>', now.toISOString())
		.executeTakeFirst();
	if (Number(used.numDeletedRows) !== 1) throw new LtiError(401, 'replayed');

	return type === 'LtiDeepLinkingRequest'
		? { kind: 'deep-linking', registration, claims: claims.output as DeepLinkingClaims }
		: { kind: 'resource', registration, claims: claims.output as ResourceLinkClaims };
}

function joseRefusal(e: unknown): string {
	if (e instanceof joseErrors.JWTExpired) return 'expired';
	if (e instanceof joseErrors.JWTClaimValidationFailed) {
		return e.claim === 'aud'
			? 'wrong_audience'
			: e.claim === 'iss'
				? 'unknown_platform'
				: 'invalid_claims';
	}
	if (
		e instanceof joseErrors.JWSSignatureVerificationFailed ||
		e instanceof joseErrors.JWKSNoMatchingKey ||
		e instanceof joseErrors.JWSInvalid ||
		e instanceof joseErrors.JOSEAlgNotAllowed
	) {
		return 'bad_signature';
	}
	// The platform's key set could not be fetched: nothing can be trusted.
	return 'bad_signature';
}
