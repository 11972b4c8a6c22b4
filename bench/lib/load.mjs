// autocannon runs with a fresh JSON body (and headers, e.g. the simulated student's address) per
// request, and the server's memory sampled meanwhile.
import autocannon from 'autocannon';
import { rss } from './app.mjs';

/**
 * @param {{ url: string, connections: number, next: () => { body: unknown, headers?: Record<string, string> }, seconds?: number, amount?: number, pid?: number }} o
 */
export async function load({ url, connections, next, seconds = 5, amount, pid }) {
	let peakRss = 0;
	const sampler = setInterval(() => {
		const r = pid ? rss(pid) : null;
		if (r && r > peakRss) peakRss = r;
	}, 200);
	try {
		const result = await autocannon({
			url,
			connections,
			...(amount ? { amount } : { duration: seconds }),
			timeout: 30,
			requests: [
				{
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
			]
		});
		return {
			connections,
			requests: result.requests.total,
			// total over wall time: right for short fixed-count runs too (the per-second average is not)
			rps: Math.round(result.requests.total / result.duration),
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
			peakRssBytes: peakRss || null
		};
	} finally {
		clearInterval(sampler);
	}
}
