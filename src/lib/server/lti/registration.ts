import * as v from 'valibot';
import { platformAddressAllowed } from '$lib/lti/platform-address';
import { isUniqueViolation } from '../db/connect';
import { newId } from '../classroom/keys';
import { scope } from './claims';
import { LtiError, type LtiDb } from './tables';

const url = v.pipe(v.string(), v.url(), v.maxLength(2000));

const requestSchema = v.object({
	openid_configuration: url,
	registration_token: v.optional(v.pipe(v.string(), v.maxLength(4000)))
});

const platformSchema = v.object({
	issuer: url,
	authorization_endpoint: url,
	token_endpoint: url,
	jwks_uri: url,
	registration_endpoint: url
});

const toolConfiguration = 'https://purl.imsglobal.org/spec/lti-tool-configuration';

const answerSchema = v.object({
	client_id: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
	[toolConfiguration]: v.optional(
		v.object({ deployment_id: v.optional(v.pipe(v.string(), v.maxLength(255))) })
	)
});

/** What the tool asks the platform for: its own endpoints, the score scope, no personal claims. */
export function toolRegistration(origin: string, platformName = 'Moodle') {
	return {
		application_type: 'web',
		response_types: ['id_token'],
		grant_types: ['implicit', 'client_credentials'],
		initiate_login_uri: `${origin}/lti/login`,
		redirect_uris: [`${origin}/lti/launch`],
		client_name: 'Shoigu in Pyongyang – bilingual lesson',
		jwks_uri: `${origin}/lti/jwks`,
		token_endpoint_auth_method: 'private_key_jwt',
		scope: [scope.score, scope.lineItem].join(' '),
		[toolConfiguration]: {
			domain: new URL(origin).host,
			target_link_uri: `${origin}/lti/launch`,
			description: `Quizzes of the lesson, graded into the ${platformName} gradebook`,
			// Only the opaque user id: no name, no e-mail.
			claims: ['iss', 'sub'],
			messages: [
				{ type: 'LtiResourceLinkRequest', target_link_uri: `${origin}/lti/launch` },
				{ type: 'LtiDeepLinkingRequest', target_link_uri: `${origin}/lti/launch` }
			]
		}
	};
}

/**
 * LTI Dynamic Registration: the platform opens this with its configuration address and a
 * one-time token; the tool reads the configuration, registers itself and stores the result.
 */
export async function register(
	db: LtiDb,
	params: Record<string, unknown>,
	origin: string,
	now: Date,
	options: { fetchImpl?: typeof fetch } = {}
): Promise<{ issuer: string; clientId: string }> {
	const fetchImpl = options.fetchImpl ?? fetch;
	const parsed = v.safeParse(requestSchema, params);
	if (!parsed.success) throw new LtiError(400, 'invalid');
	const { openid_configuration: configUrl, registration_token: token } = parsed.output;
	if (!platformAddressAllowed(configUrl)) throw new LtiError(400, 'insecure_platform');
	const config = await fetchJson(fetchImpl, configUrl, { headers: { accept: 'application/json' } });
	const platform = v.safeParse(platformSchema, config);
	if (!platform.success) throw new LtiError(400, 'bad_platform');
	const p = platform.output;
	// The configuration must come from the platform it describes.
	if (new URL(p.issuer).origin !== new URL(configUrl).origin)
		throw new LtiError(400, 'bad_platform');
	for (const endpoint of [
		p.registration_endpoint,
		p.token_endpoint,
		p.jwks_uri,
		p.authorization_endpoint
	])
		if (!platformAddressAllowed(endpoint)) throw new LtiError(400, 'insecure_platform');
	const answer = await fetchJson(fetchImpl, p.registration_endpoint, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			accept: 'application/json',
			...(token ? { authorization: `Bearer ${token}` } : {})
		},
		body: JSON.stringify(toolRegistration(origin))
	});
	const registered = v.safeParse(answerSchema, answer);
	if (!registered.success) throw new LtiError(400, 'bad_platform');
	const clientId = registered.output.client_id;
	const deploymentId = registered.output[toolConfiguration]?.deployment_id;
	const id = newId();
	try {
		await db
			.insertInto('lti_registrations')
			.values({
				id,
				issuer: p.issuer,
				client_id: clientId,
				auth_url: p.authorization_endpoint,
				token_url: p.token_endpoint,
				jwks_url: p.jwks_uri,
				created_at: now.toISOString()
			})
			.execute();
	} catch (e) {
		if (!isUniqueViolation(e)) throw e;
		throw new LtiError(400, 'already_registered');
	}
	if (deploymentId) {
		await db
			.insertInto('lti_deployments')
			.values({ registration_id: id, deployment_id: deploymentId })
			.execute();
	}
	return { issuer: p.issuer, clientId };
}

async function fetchJson(
	fetchImpl: typeof fetch,
	address: string,
	init: RequestInit
): Promise<unknown> {
	let response: Response;
	try {
		response = await fetchImpl(address, {
			...init,
			redirect: 'error',
			signal: AbortSignal.timeout(10_000)
		});
	} catch {
		throw new LtiError(400, 'platform_unreachable');
	}
	if (!response.ok) throw new LtiError(400, 'bad_platform');
	try {
		return await response.json();
	} catch {
		throw new LtiError(400, 'bad_platform');
	}
}
