// autocannon runs with a fresh JSON body per request, and the server's memory sampled meanwhile.
import autocannon from 'autocannon';
import { rss } from './app.mjs';

/**
 * @param {{ url: string, connections: number, body: () => unknown, seconds?: number, amount?: number, pid?: number, headers?: Record<string, string> }} o
 */
export async function load({ url, connections, body, seconds = 5, amount, pid, headers = {} }) {
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
					headers: { 'content-type': 'application/json', ...headers },
					setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) })
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
			errors: result.errors,
			timeouts: result.timeouts,
			peakRssBytes: peakRss || null
		};
	} finally {
		clearInterval(sampler);
	}
}
