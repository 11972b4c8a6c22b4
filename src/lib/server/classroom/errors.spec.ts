import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isStorageUnavailable } from './errors';

const withCode = (code: string, message = '') => Object.assign(new Error(message), { code });

describe('isStorageUnavailable', () => {
	it('knows the faults that pass: full or read-only storage, a database restarting', () => {
		for (const code of [
			'SQLITE_FULL',
			'SQLITE_READONLY_DBMOVED',
			'SQLITE_IOERR_WRITE',
			'SQLITE_BUSY'
		]) {
			expect(isStorageUnavailable(withCode(code)), code).toBe(true);
		}
		for (const code of ['ECONNREFUSED', '57P01', '53100']) {
			expect(isStorageUnavailable(withCode(code)), code).toBe(true);
		}
	});
	it('leaves programming errors alone', () => {
		expect(isStorageUnavailable(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBe(false);
		expect(isStorageUnavailable(withCode('SQLITE_ERROR', 'no such table: answers'))).toBe(false);
		expect(isStorageUnavailable(new TypeError('x is undefined'))).toBe(false);
		expect(isStorageUnavailable(null)).toBe(false);
	});
	it('sees a full disk inside a transaction, where Kysely reports the failed rollback instead', async () => {
		const sqlite = new Database(':memory:');
		sqlite.exec('CREATE TABLE t (x TEXT)');
		// A database that may not grow past three pages is as full as a full disk.
		sqlite.pragma('max_page_count = 3');
		const db = new Kysely<{ t: { x: string } }>({
			dialect: new SqliteDialect({ database: sqlite })
		});
		const caught = await db
			.transaction()
			.execute(async (trx) => {
				for (let i = 0; i < 20; i++)
					await trx
						.insertInto('t')
						.values({ x: 'y'.repeat(4000) })
						.execute();
			})
			.then(
				() => null,
				(e: unknown) => e
			);
		expect(caught).toBeInstanceOf(Error);
		expect(isStorageUnavailable(caught)).toBe(true);
		await db.destroy();
	});
});
