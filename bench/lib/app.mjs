// Starts and stops the production build on loopback for the bench and soak scripts, the way the
// README starts it for a class (`npm start`, i.e. `node scripts/serve.js`, with no ORIGIN), so that
// they measure what a teacher runs. The server is a direct child (no npm in between), so its pid is the server's own: SIGKILL hits
// the real process and /proc/<pid>/status gives its resident memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** Servers started here; killed if this script exits without stopping them (a crash, Ctrl-C). */
const children = new Set();
process.once('exit', () => {
	for (const c of children) c.kill('SIGKILL');
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => process.exit(130));
}

/** The repository root (bench/lib/../..). */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Fails early with a useful message when there is no production build to measure. */
export function requireBuild() {
	if (!existsSync(`${root}build/handler.js`)) {
		throw new Error('No production build: run `npm run build` first.');
	}
}

/**
 * @typedef {object} App
 * @property {string} origin
 * @property {number} pid
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => string} log  everything the server printed so far
 * @property {() => Promise<void>} stop  SIGTERM, then wait for exit
 * @property {() => Promise<void>} kill  SIGKILL, then wait for exit
 */

/** Variables that would make `scripts/serve.js` take a fixed origin instead of each request's. */
const originVariables = ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER'];

/**
 * Serves `build/` through `scripts/serve.js` on 127.0.0.1:port with its data in dataDir (DATA_DIR)
 * and resolves when a page answers. Extra environment (e.g. DATABASE_URL) is passed through; the
 * origin variables are only those given in it, never the caller's own environment's.
 * @param {{ port: number, dataDir?: string, env?: Record<string, string>, readyPath?: string, timeoutMs?: number }} options
 * @returns {Promise<App>}
 */
export async function startApp({ port, dataDir, env = {}, readyPath = '/hu', timeoutMs = 30_000 }) {
	requireBuild();
	const origin = `http://127.0.0.1:${port}`;
	// Something else answering on the port would be measured instead of this build.
	const busy = await fetch(origin, { signal: AbortSignal.timeout(2000) }).then(
		(r) => r.arrayBuffer().then(() => true),
		() => false
	);
	if (busy)
		throw new Error(`Port ${port} is already in use; set BENCH_PORT / SOAK_PORT to a free one.`);
	// BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=prof", profiles the server under load.
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !originVariables.includes(name))
	);
	const child = spawn(process.execPath, [...nodeArgs, 'scripts/serve.js'], {
		cwd: root,
		env: {
			...inherited,
			PORT: String(port),
			HOST: '127.0.0.1',
			...(dataDir ? { DATA_DIR: dataDir } : {}),
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	child.once('exit', () => children.delete(child));
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise((resolve) => child.once('exit', resolve));
	let done = false;
	exited.then(() => (done = true));
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (done) throw new Error(`The server exited during start-up:\n${output}`);
		try {
			const res = await fetch(origin + readyPath, { redirect: 'manual' });
			await res.arrayBuffer();
			if (res.status < 500) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The server did not answer within ${timeoutMs} ms:\n${output}`);
		}
		await sleep(100);
	}
	const end = async (/** @type {NodeJS.Signals} */ signal) => {
		if (!done) child.kill(signal);
		await exited;
	};
	return {
		origin,
		pid: /** @type {number} */ (child.pid),
		child,
		log: () => output,
		stop: () => end('SIGTERM'),
		kill: () => end('SIGKILL')
	};
}

/**
 * Resident memory of a process in bytes (Linux), or null when it cannot be read.
 * @param {number} pid
 */
export function rss(pid) {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}
