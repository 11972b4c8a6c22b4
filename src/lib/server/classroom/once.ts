/**
 * Runs a piece of work once per key for a while: a form posted twice with the same one-time
 * token (a double click, a resent page) gets the first post's result, even while that post is
 * still running, instead of doing the work again. A failed run is forgotten, so that a retry
 * after a refusal does the work afresh. Kept in memory, briefly, and bounded in size.
 */
export class Once<T> {
	readonly #runs = new Map<string, { at: number; result: Promise<T> }>();

	constructor(
		private readonly ttlMs = 10 * 60_000,
		private readonly max = 500
	) {}

	run(key: string, work: () => Promise<T>, now = Date.now()): Promise<T> {
		this.#expire(now);
		const seen = this.#runs.get(key);
		if (seen) return seen.result;
		// Full: the oldest run makes room.
		if (this.#runs.size >= this.max) this.#runs.delete(this.#runs.keys().next().value!);
		const result = work();
		this.#runs.set(key, { at: now, result });
		result.catch(() => {
			if (this.#runs.get(key)?.result === result) this.#runs.delete(key);
		});
		return result;
	}

	#expire(now: number) {
		for (const [key, { at }] of this.#runs) {
			// Oldest first (insertion order): stop at the first one still fresh.
			if (now - at < this.ttlMs) break;
			this.#runs.delete(key);
		}
	}
}
