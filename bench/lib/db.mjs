// Read access to the app's classroom database (SQLite file under DATA_DIR, or PostgreSQL by
// DATABASE_URL) for the checks that need to see what was really stored: row counts, whether a
// marker sent in a rejected request reached any table.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** The SQLite file name the classroom uses inside DATA_DIR. */
export const sqliteFile = 'classroom.sqlite';

const isPg = (/** @type {string | undefined} */ url) => !!url && /^postgres(ql)?:\/\//.test(url);

/**
 * @typedef {object} Store
 * @property {() => Promise<string[]>} tables  the app's tables (not the migration bookkeeping)
 * @property {(sql: string, params?: unknown[]) => Promise<any[]>} query  positional params as ?
 * @property {(marker: string) => Promise<string[]>} tablesContaining  tables with a text cell holding marker
 * @property {() => Promise<void>} close
 */

/**
 * @param {{ dataDir?: string, databaseUrl?: string, readonly?: boolean }} o
 * @returns {Promise<Store | null>} null when there is no database yet
 */
export async function openStore({ dataDir, databaseUrl, readonly = true }) {
	if (isPg(databaseUrl)) {
		const client = new pg.Client({ connectionString: databaseUrl });
		// A connection the server cuts while idle would otherwise be an uncaught 'error' that ends the
		// bench; the next query then fails and says so.
		client.on('error', (error) => console.error(`store: connection lost (${error.message})`));
		await client.connect();
		const query = async (/** @type {string} */ sql, /** @type {unknown[]} */ params = []) => {
			let i = 0;
			return (
				await client.query(
					sql.replace(/\?/g, () => `$${++i}`),
					params
				)
			).rows;
		};
		const tables = async () =>
			(
				await query(
					"SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%'"
				)
			).map((r) => r.name);
		const textColumns = async (/** @type {string} */ t) =>
			(
				await query(
					"SELECT column_name AS name FROM information_schema.columns WHERE table_name = ? AND data_type IN ('text', 'character varying')",
					[t]
				)
			).map((r) => r.name);
		return store(query, tables, textColumns, () => client.end());
	}
	const file = join(dataDir ?? 'data', sqliteFile);
	if (!existsSync(file)) return null;
	const db = new Database(file, { readonly, fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	const query = async (/** @type {string} */ sql, /** @type {unknown[]} */ params = []) => {
		const stmt = db.prepare(sql);
		return stmt.reader ? stmt.all(...params) : (stmt.run(...params), []);
	};
	const tables = async () =>
		(
			await query(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%'"
			)
		).map((r) => r.name);
	const textColumns = async (/** @type {string} */ t) =>
		(await query(`SELECT name, type FROM pragma_table_info(?)`, [t]))
			.filter((c) => /text|char/i.test(c.type))
			.map((c) => c.name);
	return store(query, tables, textColumns, async () => db.close());
}

/**
 * @param {Store['query']} query
 * @param {Store['tables']} tables
 * @param {(table: string) => Promise<string[]>} textColumns
 * @param {() => Promise<void>} close
 * @returns {Store}
 */
function store(query, tables, textColumns, close) {
	return {
		tables,
		query,
		close,
		async tablesContaining(marker) {
			const hits = [];
			for (const t of await tables()) {
				const cols = await textColumns(t);
				if (!cols.length) continue;
				const where = cols.map((c) => `"${c}" LIKE ?`).join(' OR ');
				const rows = await query(
					`SELECT count(*) AS n FROM "${t}" WHERE ${where}`,
					cols.map(() => `%${marker}%`)
				);
				if (Number(rows[0].n) > 0) hits.push(t);
			}
			return hits;
		}
	};
}
