import type { Kysely, Migration } from 'kysely';

/**
 * LTI 1.3: the platforms that registered the tool, the tool's signing key, one-time login states
 * and nonces, and which resource link and platform user lead to which assignment and participant.
 * Only the platform's opaque user id is kept; no name or e-mail is ever stored. Runs on both
 * SQLite and PostgreSQL.
 */
export const ltiMigration: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('lti_keys')
			.addColumn('kid', 'text', (c) => c.primaryKey())
			.addColumn('private_jwk', 'text', (c) => c.notNull())
			.addColumn('public_jwk', 'text', (c) => c.notNull())
			.addColumn('created_at', 'text', (c) => c.notNull())
			.execute();
		await db.schema
			.createTable('lti_registrations')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('issuer', 'text', (c) => c.notNull())
			.addColumn('client_id', 'text', (c) => c.notNull())
			.addColumn('auth_url', 'text', (c) => c.notNull())
			.addColumn('token_url', 'text', (c) => c.notNull())
			.addColumn('jwks_url', 'text', (c) => c.notNull())
			.addColumn('created_at', 'text', (c) => c.notNull())
			.addUniqueConstraint('lti_registrations_client', ['issuer', 'client_id'])
			.execute();
		await db.schema
			.createTable('lti_deployments')
			.addColumn('registration_id', 'text', (c) =>
				c.notNull().references('lti_registrations.id').onDelete('cascade')
			)
			.addColumn('deployment_id', 'text', (c) => c.notNull())
			.addPrimaryKeyConstraint('lti_deployments_pk', ['registration_id', 'deployment_id'])
			.execute();
		await db.schema
			.createTable('lti_logins')
			.addColumn('state', 'text', (c) => c.primaryKey())
			.addColumn('nonce', 'text', (c) => c.notNull().unique())
			.addColumn('registration_id', 'text', (c) =>
				c.notNull().references('lti_registrations.id').onDelete('cascade')
			)
			.addColumn('expires_at', 'text', (c) => c.notNull())
			.execute();
		await db.schema
			.createTable('lti_links')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('registration_id', 'text', (c) =>
				c.notNull().references('lti_registrations.id').onDelete('cascade')
			)
			.addColumn('deployment_id', 'text', (c) => c.notNull())
			.addColumn('resource_link_id', 'text', (c) => c.notNull())
			.addColumn('assignment_id', 'text', (c) =>
				c.notNull().references('assignments.id').onDelete('cascade')
			)
			.addColumn('lineitem_url', 'text')
			.addColumn('created_at', 'text', (c) => c.notNull())
			.addUniqueConstraint('lti_links_resource', ['registration_id', 'resource_link_id'])
			.execute();
		await db.schema
			.createTable('lti_users')
			.addColumn('link_id', 'text', (c) =>
				c.notNull().references('lti_links.id').onDelete('cascade')
			)
			.addColumn('platform_user_id', 'text', (c) => c.notNull())
			.addColumn('participant_id', 'text', (c) =>
				c.notNull().unique().references('participants.id').onDelete('cascade')
			)
			.addColumn('score_sent_at', 'text')
			.addPrimaryKeyConstraint('lti_users_pk', ['link_id', 'platform_user_id'])
			.execute();
		await db.schema
			.createTable('lti_deep_links')
			.addColumn('ticket', 'text', (c) => c.primaryKey())
			.addColumn('registration_id', 'text', (c) =>
				c.notNull().references('lti_registrations.id').onDelete('cascade')
			)
			.addColumn('deployment_id', 'text', (c) => c.notNull())
			.addColumn('return_url', 'text', (c) => c.notNull())
			.addColumn('data', 'text')
			.addColumn('expires_at', 'text', (c) => c.notNull())
			.execute();
	},
	async down(db: Kysely<unknown>) {
		for (const table of [
			'lti_deep_links',
			'lti_users',
			'lti_links',
			'lti_logins',
			'lti_deployments',
			'lti_registrations',
			'lti_keys'
		]) {
			await db.schema.dropTable(table).ifExists().execute();
		}
	}
};
