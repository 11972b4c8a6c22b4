// autocannon runs with a fresh JSON body (and headers, e.g. the simulated student's address) per
// request, or plain GETs when no body is given (the /healthz floor), and the server's memory
// sampled meanwhile.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { rss } from './app.mjs';

/** A process's CPU time so far in clock ticks (user + system, Linux), or null. */
function cpuTicks(/** @type {number | undefined} */ pid) {
	if (!pid) return null;
	try {
		// Fields after the command name, which is in parentheses and may contain spaces.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return Number(fields[11]) + Number(fields[12]);
	} catch {
		return null;
	}
}
/** Linux's USER_HZ, the unit of /proc/<pid>/stat times. */
const ticksPerSecond = 100;

/**
 * @param {{ url: string, connections: number, next?: () => { body: unknown, headers?: Record<string, string> }, seconds?: number, amount?: number, pid?: number }} o
 */
export async function load({ url, connections, next, seconds = 5, amount, pid }) {
	let peakRss = 0;
	const sampler = setInterval(() => {
		const r = pid ? rss(pid) : null;
		if (r && r > peakRss) peakRss = r;
	}, 200);
	const cpuBefore = cpuTicks(pid);
	try {
		const startedAt = performance.now();
		let lastResponseAt = startedAt;
		const run = autocannon({
			url,
			connections,
			...(amount ? { amount } : { duration: seconds }),
			timeout: 30,
			requests: [
				next
					? {
							method: 'POST',
							setupRequest: (req) => {
								const { body, headers = {} } = next();
								return {
									...req,
									headers: { ...req.headers, 'content-type': 'application/json', ...headers },
									body: JSON.stringify(body)
								};
							}
						}
					: { method: 'GET' }
			]
		});
		run.on('response', () => (lastResponseAt = performance.now()));
		const result = await run;
		// autocannon ends a fixed-count run at its next one-second sample, so its own duration is
		// rounded up to whole seconds (1,500 requests done in 1.1 s count as 750 req/s); such a run
		// is timed here to its last response instead.
		const duration = amount ? (lastResponseAt - startedAt) / 1000 : result.duration;
		return {
			connections,
			requests: result.requests.total,
			// total over wall time: right for short fixed-count runs too (the per-second average is not)
			rps: Math.round(result.requests.total / duration),
			p50ms: result.latency.p50,
			p99ms: result.latency.p99,
			ok2xx: result['2xx'],
			non2xx: result.non2xx,
			statuses: Object.fromEntries(
				Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [
					code,
					/** @type {any} */ (v).count
				])
			),
			errors: result.errors,
			timeouts: result.timeouts,
			peakRssBytes: peakRss || null,
			// The server's CPU time per answered request: on a shared machine it moves far less with
			// the other load than req/s does.
			cpuUsPerRequest: cpuPerRequest(cpuBefore, cpuTicks(pid), result.requests.total)
		};
	} finally {
		clearInterval(sampler);
	}
}

/** @param {number | null} before @param {number | null} after @param {number} requests */
function cpuPerRequest(before, after, requests) {
	if (before === null || after === null || !requests) return null;
	return Math.round(((after - before) / ticksPerSecond / requests) * 1e6);
}
