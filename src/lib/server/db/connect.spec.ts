import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from './connect';

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('a PostgreSQL connection pool', () => {
	const admin = new pg.Client({ connectionString: adminUrl });
	const sessions = async (name: string) =>
		Number(
			(
				await admin.query<{ n: string }>(
					'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
					[name]
				)
			).rows[0].n
		);

	async function freshDatabase(): Promise<{ name: string; store: Db }> {
		const name = `connect_spec_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
		await admin.query(`CREATE DATABASE ${name}`);
		const url = new URL(adminUrl!);
		url.pathname = `/${name}`;
		return { name, store: await openDb({ databaseUrl: url.toString() }) };
	}

	beforeAll(() => admin.connect());
	afterAll(() => admin.end());

	it('closes only once every session has ended, so the database can be dropped at once', async () => {
		const { name, store } = await freshDatabase();
		// Enough work at once to fill the pool with several connections.
		await Promise.all(
			Array.from({ length: 20 }, () => sql`SELECT pg_sleep(0.01)`.execute(store.db))
		);
		await store.close();

		expect(await sessions(name)).toBe(0);
		// Without FORCE this fails while any session is still open.
		await admin.query(`DROP DATABASE ${name}`);
	});

	it('survives the server ending an idle connection, and serves the next query', async () => {
		const { name, store } = await freshDatabase();
		await sql`SELECT 1`.execute(store.db);
		// The server's session ends before Node reads its notice, so wait for the pool's own 'error'
		// event (with no listener it would end the process); the pool drops the client before it.
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const ended = await admin.query(
				'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
				[name]
			);
			expect(ended.rowCount).toBeGreaterThan(0);
			await expect
				.poll(() => logged.mock.calls.map(String).join())
				.toContain('idle connection lost');
		} finally {
			logged.mockRestore();
		}
		const { rows } = await sql<{ one: number }>`SELECT 1 AS one`.execute(store.db);
		expect(rows[0].one).toBe(1);
		await store.close();
		await admin.query(`DROP DATABASE ${name}`);
	});
});
