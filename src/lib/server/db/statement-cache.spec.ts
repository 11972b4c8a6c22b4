import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
	it('prepares each SQL text once and reuses the statement', () => {
		const raw = new SqliteDatabase(':memory:');
		let prepared = 0;
		const counting = {
			prepare: (sql: string) => (prepared++, raw.prepare(sql)),
			close: () => raw.close()
		};
		const db = withStatementCache(counting);
		const first = db.prepare('select ? as x');
		expect(db.prepare('select ? as x')).toBe(first);
		expect(first.all([2])).toEqual([{ x: 2 }]);
		expect(prepared).toBe(1);
		db.close();
	});

	it('forgets the least recently used statement when full', () => {
		const raw = new SqliteDatabase(':memory:');
		const db = withStatementCache(raw, 2);
		const a = db.prepare('select 1');
		const b = db.prepare('select 2');
		expect(db.prepare('select 1')).toBe(a); // now b is the oldest
		db.prepare('select 3');
		expect(db.prepare('select 1')).toBe(a);
		expect(db.prepare('select 2')).not.toBe(b);
		db.close();
	});
});
