import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * A random secret that the server keeps in its database, created on first use: the same after a
 * restart (a student's saved quiz still maps to the same options), different on every install,
 * and never in the repository, an environment variable or a page.
 */
export async function serverSecret(db: Kysely<Database>, name: string): Promise<string> {
	await db
		.insertInto('server_secrets')
		.values({ name, value: randomBytes(32).toString('base64url') })
		.onConflict((oc) => oc.column('name').doNothing())
		.execute();
	const row = await db
		.selectFrom('server_secrets')
		.select('value')
		.where('name', '=', name)
		.executeTakeFirstOrThrow();
	return row.value;
}
