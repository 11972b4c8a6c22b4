import { afterAll, beforeAll, describe } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db, type DbOptions } from './connect';
import { adminStatement } from './postgres-admin';

/** A database for one spec file: fresh, migrated, removed afterwards. */
export interface TestDatabase {
	name: 'sqlite' | 'postgres';
	/** `onStatement` sees every statement the returned handle runs (see `DbOptions`). */
	open(options?: Pick<DbOptions, 'onStatement'>): Promise<Db>;
	/** Another connection to the database `open` made, as a second app process would hold. */
	connect(): Promise<Db>;
	/** Drops what `open` created. */
	dispose(): Promise<void>;
}

/**
 * The databases storage specs run against: always a temporary SQLite file, and PostgreSQL when
 * `TEST_DATABASE_URL` names a server (`scripts/with-postgres.sh` starts one). Each PostgreSQL run gets
 * its own database, so specs never see each other's rows.
 */
export function testDatabases(): TestDatabase[] {
	const list: TestDatabase[] = [sqliteTestDatabase()];
	const url = process.env.TEST_DATABASE_URL;
	if (url) list.push(postgresTestDatabase(url));
	return list;
}

function sqliteTestDatabase(): TestDatabase {
	let dir: string | undefined;
	return {
		name: 'sqlite',
		open(options) {
			dir = mkdtempSync(join(tmpdir(), 'classroom-spec-'));
			return openDb({ ...options, dataDir: dir });
		},
		connect: () => openDb({ dataDir: dir }),
		async dispose() {
			if (dir) rmSync(dir, { recursive: true, force: true });
		}
	};
}

function postgresTestDatabase(adminUrl: string): TestDatabase {
	const name = `classroom_spec_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = (statement: string) => adminStatement(adminUrl, statement);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		name: 'postgres',
		async open(options) {
			await admin(`CREATE DATABASE ${name}`);
			return openDb({ ...options, databaseUrl: url.toString() });
		},
		connect: () => openDb({ databaseUrl: url.toString() }),
		// Without FORCE: a spec that left a connection open fails here, loudly, instead of having
		// its sessions cut under it (their errors would surface later with no listener).
		async dispose() {
			await admin(`DROP DATABASE IF EXISTS ${name}`);
		}
	};
}

/**
 * A `describe` block per test database, titled `${title} on sqlite` (or `on postgres`), with the
 * database opened before its tests and dropped after them. `store` is the open handle (its `db`
 * is there once the tests run); `target` is the database, for a second connection.
 */
export function describeOnEachDatabase(
	title: string,
	define: (store: Db, target: TestDatabase) => void
): void {
	for (const target of testDatabases()) {
		describe(`${title} on ${target.name}`, () => {
			let open: Db | undefined;
			const handle = (): Db => {
				if (!open) throw new Error('the test database is open only while its tests run');
				return open;
			};
			const store: Db = {
				get kind() {
					return handle().kind;
				},
				get db() {
					return handle().db;
				},
				close: () => handle().close()
			};
			beforeAll(async () => {
				open = await target.open();
			});
			afterAll(async () => {
				await open?.close();
				await target.dispose();
			});
			define(store, target);
		});
	}
}
