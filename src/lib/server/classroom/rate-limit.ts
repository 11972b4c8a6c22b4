/**
 * Token buckets in this process's memory: each key (an IP address, a class code) holds up to
 * `capacity` tokens and regains `perSecond` of them every second. Enough for one server process;
 * with several processes behind a load balancer each keeps its own buckets, so the real limit is
 * the per-process limit times the number of processes (a shared store such as the database or a
 * proxy's rate limiter would be needed for an exact one). The join and wrong-code budgets use
 * `SharedBudget`, which keeps them in the database.
 */
export class RateLimiter {
	readonly #buckets = new Map<string, { tokens: number; at: number }>();

	constructor(
		readonly capacity: number,
		readonly perSecond: number,
		/** Buckets kept at most; the oldest are forgotten first, which only ever makes the limiter kinder. */
		readonly maxKeys = 10_000
	) {}

	/** Whether `key` has a token left, without taking it. */
	allows(key: string, now = Date.now()): boolean {
		const bucket = this.#buckets.get(key);
		if (!bucket) return true;
		return bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond >= 1;
	}

	/** Whether `key` has spent any of its budget that has not come back yet (it failed recently). */
	spent(key: string, now = Date.now()): boolean {
		const bucket = this.#buckets.get(key);
		if (!bucket) return false;
		return bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond < this.capacity;
	}

	/** Gives back a token taken for work that was then refused, so that failures never spend it. */
	refund(key: string, now = Date.now()): void {
		const bucket = this.#buckets.get(key);
		if (!bucket) return;
		const tokens = bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond + 1;
		this.#buckets.set(key, { tokens: Math.min(this.capacity, tokens), at: now });
	}

	/** Takes one token for `key`; false when the bucket is empty (the request should be refused). */
	take(key: string, now = Date.now()): boolean {
		const bucket = this.#buckets.get(key);
		const tokens = bucket
			? Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond)
			: this.capacity;
		if (tokens < 1) {
			this.#buckets.set(key, { tokens, at: now });
			return false;
		}
		this.#buckets.delete(key);
		this.#buckets.set(key, { tokens: tokens - 1, at: now });
		if (this.#buckets.size > this.maxKeys) {
			const oldest = this.#buckets.keys().next().value;
			if (oldest !== undefined) this.#buckets.delete(oldest);
		}
		return true;
	}
}

/**
 * The key an address is limited under. An IPv6 client usually holds a whole /64 (2^64 addresses),
 * so IPv6 addresses are limited per /64, or one client would have endless buckets. IPv4 (also
 * IPv4-mapped IPv6) stays per address.
 */
export function addressKey(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	if (mapped) return mapped[1];
	if (!address.includes(':')) return address;
	const [head, tail = ''] = address.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = address.includes('::')
		? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
		: left;
	return `${groups
		.slice(0, 4)
		.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}
