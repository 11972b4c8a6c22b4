import pg from 'pg';

/**
 * Runs one statement on a connection of its own to a PostgreSQL server: the CREATE and DROP DATABASE
 * of the tests' throwaway databases, which cannot run inside a pool's transaction.
 */
export async function adminStatement(serverUrl: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}
