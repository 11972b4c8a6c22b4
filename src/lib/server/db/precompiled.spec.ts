import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { precompiled } from './precompiled';

interface Db {
	items: { id: string; n: number; note: string | null };
}

function open() {
	const db = new Kysely<Db>({
		dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') })
	});
	return db;
}

describe('precompiled', () => {
	it('runs the compiled query with each call’s values, in and out of a transaction', async () => {
		const db = open();
		await db.schema
			.createTable('items')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('n', 'integer')
			.addColumn('note', 'text')
			.execute();
		const insert = precompiled(['id', 'n'], (k: Kysely<Db>, p) =>
			k.insertInto('items').values({ id: p.id, n: p.n, note: 'fixed' })
		);
		const byN = precompiled(['min'], (k: Kysely<Db>, p) =>
			k.selectFrom('items').select(['id', 'note']).where('n', '>=', p.min).orderBy('id')
		);
		await insert(db, { id: 'a', n: 1 });
		await db.transaction().execute((trx) => insert(trx, { id: 'b', n: 5 }));
		expect((await byN(db, { min: 2 })).rows).toEqual([{ id: 'b', note: 'fixed' }]);
		expect((await byN(db, { min: 0 })).rows.map((r) => r.id)).toEqual(['a', 'b']);
		await db.destroy();
	});

	it('refuses a placeholder that does not become a parameter', async () => {
		const db = open();
		const unused = precompiled(['id', 'other'], (k: Kysely<Db>, p) =>
			k.selectFrom('items').selectAll().where('id', '=', p.id)
		);
		await expect(unused(db, { id: 'a', other: 1 })).rejects.toThrow(/placeholder/);
		await db.destroy();
	});
});
