/**
 * At most `max` tasks at once, the rest waiting in order; beyond `maxWaiting` waiting, refuses
 * (the caller answers 503). Page renders go through one: a render holds its whole page in memory
 * until it is sent, so 500 requests at once meant 500 pages at once, and a student's save waited
 * behind all of them. With a gate a burst waits in a queue that costs a promise per request.
 */
export class Gate {
	#running = 0;
	readonly #waiting: (() => void)[] = [];

	constructor(
		readonly max: number,
		readonly maxWaiting: number
	) {}

	get running(): number {
		return this.#running;
	}
	get waiting(): number {
		return this.#waiting.length;
	}

	/** Runs `task` when a place is free; null (without running it) when the queue is full. */
	async run<T>(task: () => Promise<T>): Promise<T | null> {
		if (this.#running >= this.max) {
			if (this.#waiting.length >= this.maxWaiting) return null;
			await new Promise<void>((resolve) => this.#waiting.push(resolve));
		} else {
			this.#running++;
		}
		try {
			return await task();
		} finally {
			const next = this.#waiting.shift();
			// The place passes straight to the next in line, so `running` never exceeds `max`.
			if (next) next();
			else this.#running--;
		}
	}
}
