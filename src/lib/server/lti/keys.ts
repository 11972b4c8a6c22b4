import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { randomBytes } from 'node:crypto';
import type { LtiDb } from './tables';

export interface ToolKey {
	kid: string;
	privateKey: CryptoKey;
	publicJwk: JWK;
}

const cache = new WeakMap<object, Promise<ToolKey>>();

/**
 * The tool's RS256 signing key (deep-linking responses, client assertions for grade passback),
 * made on first use and kept in the database so that every server process signs with the same key.
 */
export function toolKey(db: LtiDb): Promise<ToolKey> {
	let key = cache.get(db);
	if (!key) {
		key = loadOrCreate(db);
		cache.set(db, key);
		key.catch(() => cache.delete(db));
	}
	return key;
}

async function loadOrCreate(db: LtiDb): Promise<ToolKey> {
	const first = () =>
		db.selectFrom('lti_keys').selectAll().orderBy('created_at').orderBy('kid').executeTakeFirst();
	let row = await first();
	if (!row) {
		const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
		await db
			.insertInto('lti_keys')
			.values({
				kid: randomBytes(9).toString('base64url'),
				private_jwk: JSON.stringify(await exportJWK(privateKey)),
				public_jwk: JSON.stringify(await exportJWK(publicKey)),
				created_at: new Date().toISOString()
			})
			.execute();
		// Two processes starting at once may both insert; the oldest key wins for both.
		row = (await first())!;
	}
	const privateKey = (await importJWK(JSON.parse(row.private_jwk), 'RS256')) as CryptoKey;
	return { kid: row.kid, privateKey, publicJwk: JSON.parse(row.public_jwk) as JWK };
}

/** The public half, as the JWKS the platforms fetch. */
export async function jwks(db: LtiDb): Promise<{ keys: JWK[] }> {
	const key = await toolKey(db);
	return { keys: [{ ...key.publicJwk, kid: key.kid, alg: 'RS256', use: 'sig' }] };
}
