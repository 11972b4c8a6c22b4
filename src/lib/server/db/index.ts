import { openDb, type Db } from './connect';

let opened: Promise<Db> | undefined;

/**
 * The app's one database, opened and migrated on first use and shared by every request. Settings
 * come from the environment at run time: `DATABASE_URL` (PostgreSQL) or `DATA_DIR` (SQLite, default `./data`).
 */
export function getDb(): Promise<Db> {
	if (!opened) {
		opened = openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
		// A failed start must not be cached: the next request tries again (the database may come up later).
		opened.catch(() => (opened = undefined));
		opened.then(
			(db) => {
				// adapter-node emits this after a SIGTERM/SIGINT once requests are done; close the pool or file cleanly.
				process.once('sveltekit:shutdown' as NodeJS.Signals, () => void db.close());
			},
			() => {}
		);
	}
	return opened;
}
