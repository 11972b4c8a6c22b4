import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	createLocalJWKSet,
	exportJWK,
	generateKeyPair,
	jwtVerify,
	SignJWT,
	type CryptoKey,
	type JWK,
	type JWTPayload
} from 'jose';
import { claim } from './claims';

/**
 * A learning platform for the specs, on loopback: its own key pair and JWKS, an OpenID
 * configuration and registration endpoint for Dynamic Registration, a token endpoint that checks
 * the tool's client assertion, and an AGS line item that records the scores it receives.
 */
export interface SimulatedPlatform {
	issuer: string;
	clientId: string;
	deploymentId: string;
	lineitem: string;
	registrations: { token: string | undefined; body: Record<string, unknown> }[];
	scores: Record<string, unknown>[];
	/** An id_token as the platform would post it to the tool. */
	idToken(claims: Record<string, unknown>, options?: TokenOptions): Promise<string>;
	close(): Promise<void>;
}

export interface TokenOptions {
	/** Sign with a key the platform never published (a forged token). */
	forged?: boolean;
	audience?: string;
	/** Seconds from now; negative for a token that has expired. */
	expiresIn?: number;
}

/** Listens on a free loopback port of the system's choosing, so that parallel runs never collide. */
export async function startPlatform(
	toolJwks: () => Promise<{ keys: JWK[] }>
): Promise<SimulatedPlatform> {
	// Known once the server listens, before any request can arrive.
	let issuer = '';
	const kid = 'platform-key-1';
	const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
	const forger = await generateKeyPair('RS256');
	const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
	const registrations: SimulatedPlatform['registrations'] = [];
	const scores: SimulatedPlatform['scores'] = [];
	const accessToken = 'sim-access-token';

	const server: Server = createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', async () => {
			const send = (status: number, data: unknown) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(data));
			};
			try {
				const path = new URL(req.url ?? '/', issuer).pathname;
				if (req.method === 'GET' && path === '/jwks') return send(200, { keys: [publicJwk] });
				if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
					return send(200, {
						issuer,
						authorization_endpoint: `${issuer}/auth`,
						token_endpoint: `${issuer}/token`,
						jwks_uri: `${issuer}/jwks`,
						registration_endpoint: `${issuer}/register`
					});
				}
				if (req.method === 'POST' && path === '/register') {
					const token = req.headers.authorization?.replace(/^Bearer /, '');
					registrations.push({ token, body: JSON.parse(body) });
					return send(200, {
						client_id: 'sim-client',
						'https://purl.imsglobal.org/spec/lti-tool-configuration': {
							deployment_id: 'sim-deployment'
						}
					});
				}
				if (req.method === 'POST' && path === '/token') {
					const form = new URLSearchParams(body);
					// The tool must prove itself with a JWT signed by the key in its JWKS.
					await jwtVerify(form.get('client_assertion') ?? '', createLocalJWKSet(await toolJwks()), {
						issuer: 'sim-client',
						subject: 'sim-client',
						audience: `${issuer}/token`
					});
					if (form.get('grant_type') !== 'client_credentials') return send(400, { error: 'grant' });
					return send(200, {
						access_token: accessToken,
						token_type: 'Bearer',
						expires_in: 3600,
						scope: form.get('scope')
					});
				}
				if (req.method === 'POST' && path === '/lineitems/7/scores') {
					if (req.headers.authorization !== `Bearer ${accessToken}`)
						return send(401, { error: 'token' });
					if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json')
						return send(415, {});
					scores.push(JSON.parse(body));
					return send(200, {});
				}
				send(404, { error: 'not found' });
			} catch {
				send(401, { error: 'refused' });
			}
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		issuer,
		clientId: 'sim-client',
		deploymentId: 'sim-deployment',
		lineitem: `${issuer}/lineitems/7?type_id=1`,
		registrations,
		scores,
		async idToken(claims, options = {}) {
			const now = Math.floor(Date.now() / 1000);
			const expiresIn = options.expiresIn ?? 300;
			const payload: JWTPayload = {
				[claim.version]: '1.3.0',
				[claim.deploymentId]: 'sim-deployment',
				...claims
			};
			return new SignJWT(payload)
				.setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
				.setIssuer(issuer)
				.setAudience(options.audience ?? 'sim-client')
				.setIssuedAt(expiresIn < 0 ? now + expiresIn - 600 : now)
				.setExpirationTime(now + expiresIn)
				.sign((options.forged ? forger.privateKey : privateKey) as CryptoKey);
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
