import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The LTI tables (see migration.ts) beside the classroom's, as Kysely sees them. */
export interface LtiTables {
	lti_keys: { kid: string; private_jwk: string; public_jwk: string; created_at: string };
	lti_registrations: {
		id: string;
		issuer: string;
		client_id: string;
		auth_url: string;
		token_url: string;
		jwks_url: string;
		created_at: string;
	};
	lti_deployments: { registration_id: string; deployment_id: string };
	lti_logins: { state: string; nonce: string; registration_id: string; expires_at: string };
	lti_links: {
		id: string;
		registration_id: string;
		deployment_id: string;
		resource_link_id: string;
		assignment_id: string;
		lineitem_url: string | null;
		created_at: string;
	};
	lti_users: {
		link_id: string;
		platform_user_id: string;
		participant_id: string;
		score_sent_at: string | null;
	};
	lti_deep_links: {
		ticket: string;
		registration_id: string;
		deployment_id: string;
		return_url: string;
		data: string | null;
		expires_at: string;
	};
}

export type LtiDb = Kysely<Database & LtiTables>;

/** The app's database with the LTI tables in view (they exist once the migration has run). */
export const lti = (db: Kysely<Database>): LtiDb => db as unknown as LtiDb;

/** A refusal of an LTI request: always a 4xx, with a translation key under `lti:errors`. */
export class LtiError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404,
		readonly key: string
	) {
		super(key);
	}
}
