import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Enough for every distinct statement the app runs; dynamic ones (IN lists) age out. */
const defaultSize = 200;

interface Preparer {
	prepare(sql: string): SqliteStatement;
	close(): unknown;
}

/**
 * The database handle for Kysely's SqliteDialect with its statements kept for reuse: the dialect
 * prepares every query anew, which makes SQLite parse and plan the same few statements on every
 * request. Keyed by SQL text and least-recently-used first out. Safe to share because the dialect
 * runs one query at a time on its single connection; SQLite re-prepares a cached statement by
 * itself after a schema change.
 */
export function withStatementCache(database: Preparer, size = defaultSize): SqliteDatabase {
	const cache = new Map<string, SqliteStatement>();
	return {
		close: () => void database.close(),
		prepare(sql) {
			let statement = cache.get(sql);
			if (statement) {
				// Re-inserting moves it to the back: Map keeps insertion order.
				cache.delete(sql);
			} else {
				statement = database.prepare(sql);
				if (cache.size >= size) cache.delete(cache.keys().next().value!);
			}
			cache.set(sql, statement);
			return statement;
		}
	};
}
