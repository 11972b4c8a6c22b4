// A throwaway PostgreSQL server on loopback for the bench (Debian's PostgreSQL: initdb, pg_ctl),
// with the server's default durability (fsync and synchronous_commit on), so that its figures
// compare fairly with SQLite in WAL mode. Returns null when PostgreSQL is not installed.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder with initdb and pg_ctl, or null. */
function binDir() {
	if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return null;
	const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb')));
	return versions.length ? join(base, versions.sort().at(-1) ?? '', 'bin') : null;
}

/**
 * Uses DATABASE_URL when it names a PostgreSQL server already; otherwise starts one.
 * @param {number} port
 * @returns {{ url: string, stop: () => void } | null}
 */
export function startPostgres(port) {
	const given = process.env.BENCH_DATABASE_URL;
	if (given) return { url: given, stop: () => {} };
	const bin = binDir();
	if (!bin) return null;
	const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
	/** PostgreSQL refuses to run as root; as root it runs as the postgres user. */
	const asPg = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
	if (asPg.length) {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
		chownSync(dir, uid, gid);
	}
	chmodSync(dir, 0o700);
	const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) => {
		const [head, ...rest] = [...asPg, join(bin, cmd), ...args];
		execFileSync(head, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
	};
	run('initdb', [
		'-D',
		join(dir, 'data'),
		'-A',
		'trust',
		'-U',
		'postgres',
		'-E',
		'UTF8',
		'--locale=C.UTF-8'
	]);
	run('pg_ctl', [
		'-D',
		join(dir, 'data'),
		'-l',
		join(dir, 'server.log'),
		'-w',
		'-t',
		'30',
		'-o',
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`,
		'start'
	]);
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			try {
				run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
