import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
	Kysely,
	Migrator,
	PostgresDialect,
	SqliteDialect,
	type KyselyConfig,
	type MigrationProvider
} from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export type DbKind = 'sqlite' | 'postgres';

export interface DbOptions {
	/** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is ignored. */
	databaseUrl?: string;
	/** Folder of the SQLite file, created when missing. */
	dataDir?: string;
	/** SQLite file name inside `dataDir`. */
	fileName?: string;
	/** Called with the text of every statement run, `BEGIN` and `COMMIT` included (for specs). */
	onStatement?: (sql: string) => void;
}

export interface Db {
	kind: DbKind;
	db: Kysely<Database>;
	/** Closes the connection or pool. */
	close(): Promise<void>;
}

const staticProvider: MigrationProvider = { getMigrations: async () => migrations };

/** Whether a URL names a PostgreSQL server. */
export function isPostgresUrl(url: string | undefined): url is string {
	return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the classroom database and brings its schema up to date. SQLite (the default) lives in
 * `<dataDir>/<fileName>` in WAL mode, so readers (the teacher's dashboard) never wait for writers
 * (students' saves); PostgreSQL is used when a `postgres://` URL is given, so that several app
 * processes can share one database.
 */
export async function openDb(options: DbOptions = {}): Promise<Db> {
	const { onStatement } = options;
	const log: KyselyConfig['log'] = onStatement
		? (event) => {
				if (event.level === 'query') onStatement(event.query.sql);
			}
		: undefined;
	const { kind, db, close } = isPostgresUrl(options.databaseUrl)
		? { kind: 'postgres' as const, ...postgres(options.databaseUrl, log) }
		: { kind: 'sqlite' as const, ...sqlite(options.dataDir ?? './data', options.fileName, log) };
	try {
		await migrate(db);
	} catch (error) {
		await close();
		throw error;
	}
	return { kind, db, close };
}

function sqlite(
	dataDir: string,
	fileName = 'classroom.sqlite',
	log?: KyselyConfig['log']
): Omit<Db, 'kind'> {
	const dir = resolve(dataDir);
	mkdirSync(dir, { recursive: true });
	const database = new SqliteDatabase(join(dir, fileName));
	database.pragma('journal_mode = WAL');
	// NORMAL is safe with WAL (a power cut can lose the last commits, never corrupt the file) and much faster.
	database.pragma('synchronous = NORMAL');
	database.pragma('foreign_keys = ON');
	database.pragma('busy_timeout = 5000');
	const db = new Kysely<Database>({
		dialect: new SqliteDialect({ database: withStatementCache(database) }),
		log
	});
	return { db, close: () => db.destroy() };
}

function postgres(connectionString: string, log?: KyselyConfig['log']): Omit<Db, 'kind'> {
	const pool = new pg.Pool({ connectionString, max: 10 });
	// An idle client whose connection the server ends (a restart, an administrator's terminate) is
	// reported here; with no listener Node would treat it as uncaught and end the whole app.
	pool.on('error', (error) => console.error(`PostgreSQL: idle connection lost (${error.message})`));
	// `pool.end()` resolves once it has asked its clients to end, while their sessions may still be
	// open on the server; a database dropped or a server stopped right then would cut them, and
	// their errors would find no listener. So closing waits for every client's own end.
	const open = new Set<pg.Client>();
	let drained = () => {};
	pool.on('connect', (client) => open.add(client));
	pool.on('remove', (client) => {
		open.delete(client);
		if (open.size === 0) drained();
	});
	const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
	async function close() {
		const closed = new Promise<void>((resolve) => (drained = resolve));
		await db.destroy();
		if (open.size > 0) await closed;
	}
	return { db, close };
}

async function migrate(db: Kysely<Database>): Promise<void> {
	const migrator = new Migrator({ db, provider: staticProvider });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed) {
		throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}`, {
			cause: error
		});
	}
}

/** A unique constraint was hit: a duplicate nickname, class code or attempt number. */
export function isUniqueViolation(error: unknown): boolean {
	const e = error as { code?: unknown } | null;
	return (
		e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
		e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
		e?.code === '23505'
	);
}
