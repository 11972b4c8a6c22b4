/** One answer waiting to reach the server. */
export interface QueuedAnswer {
	seq: number;
	questionId: string;
	/**
	 * `null` when the student took their answer back (unticked the last box, emptied the field): a
	 * change like any other, numbered and sent, so that the server forgets the old answer too.
	 */
	answer: unknown;
}

/** What sending a batch came to: stored, not reachable (try again later), or refused for good. */
export type SendOutcome = { kind: 'ok' } | { kind: 'offline' } | { kind: 'refused'; error: string };

export type QueueStatus =
	| { kind: 'saved' }
	| { kind: 'saving'; pending: number }
	| { kind: 'queued'; pending: number }
	| { kind: 'refused'; error: string; pending: number };

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The student's answers on their way to the server. Every answer gets the next sequence number and
 * is written to the browser's storage before it is sent, so a reload, a crash or a lost connection
 * loses nothing: what was not acknowledged is sent again, and the server keeps only the newest
 * number per question, so sending twice is harmless.
 */
export class SaveQueue {
	#pending: QueuedAnswer[];
	#seq: number;
	#sending = false;
	#status: QueueStatus = { kind: 'saved' };

	constructor(
		readonly attemptId: string,
		private readonly store: Store,
		private readonly send: (answers: QueuedAnswer[]) => Promise<SendOutcome>,
		/** The highest sequence number the server has seen for this attempt. */
		serverSeq: number,
		private readonly onstatus: (status: QueueStatus) => void = () => {}
	) {
		this.#pending = readPending(store.getItem(this.#key('queue')));
		const stored = Number(store.getItem(this.#key('seq')) ?? 0);
		this.#seq = Math.max(
			serverSeq,
			Number.isSafeInteger(stored) ? stored : 0,
			...this.#pending.map((p) => p.seq)
		);
		if (this.#pending.length) this.#setStatus({ kind: 'queued', pending: this.#pending.length });
	}

	#key(what: 'queue' | 'seq') {
		return `classroom:${what}:${this.attemptId}`;
	}

	/**
	 * Answers not yet acknowledged, by question (they win over what the server last sent); `null`
	 * for one the student cleared. See `withPending`.
	 */
	get pendingAnswers(): Record<string, unknown> {
		return Object.fromEntries(this.#pending.map((p) => [p.questionId, p.answer]));
	}

	get status(): QueueStatus {
		return this.#status;
	}

	/**
	 * Queues an answer, or `null` to clear it (replacing an unsent change to the same question), and
	 * starts sending.
	 */
	add(questionId: string, answer: unknown): Promise<void> {
		this.#seq++;
		this.#pending = [
			...this.#pending.filter((p) => p.questionId !== questionId),
			{ seq: this.#seq, questionId, answer }
		];
		this.#persist();
		return this.flush();
	}

	/** Sends what is queued, batch after batch, until the queue is empty or the server is out of reach. */
	async flush(): Promise<void> {
		if (this.#sending) return;
		this.#sending = true;
		try {
			while (this.#pending.length) {
				const batch = this.#pending.slice(0, 50);
				this.#setStatus({ kind: 'saving', pending: this.#pending.length });
				const outcome = await this.send(batch).catch((): SendOutcome => ({ kind: 'offline' }));
				if (outcome.kind === 'offline') {
					this.#setStatus({ kind: 'queued', pending: this.#pending.length });
					return;
				}
				if (outcome.kind === 'refused') {
					this.#setStatus({ kind: 'refused', error: outcome.error, pending: this.#pending.length });
					return;
				}
				// Only what was sent is done; an answer changed meanwhile has a higher number and stays.
				const sent = new Set(batch.map((b) => `${b.questionId}\u0000${b.seq}`));
				this.#pending = this.#pending.filter((p) => !sent.has(`${p.questionId}\u0000${p.seq}`));
				this.#persist();
			}
			this.#setStatus({ kind: 'saved' });
		} finally {
			this.#sending = false;
		}
	}

	#persist() {
		this.store.setItem(this.#key('queue'), JSON.stringify(this.#pending));
		this.store.setItem(this.#key('seq'), String(this.#seq));
	}

	#setStatus(status: QueueStatus) {
		this.#status = status;
		this.onstatus(status);
	}
}

/**
 * What the student sees after a reload: the answers the server has, overridden by the changes still
 * on their way. A pending clear hides the server's answer, which that clear is about to delete.
 */
export function withPending<A>(
	saved: Record<string, A>,
	pending: Record<string, unknown>
): Record<string, A> {
	const merged: Record<string, unknown> = { ...saved, ...pending };
	return Object.fromEntries(Object.entries(merged).filter(([, a]) => a != null)) as Record<
		string,
		A
	>;
}

function readPending(raw: string | null): QueuedAnswer[] {
	try {
		const list: unknown = JSON.parse(raw ?? '[]');
		if (!Array.isArray(list)) return [];
		return list.filter(
			(p): p is QueuedAnswer =>
				!!p &&
				typeof p === 'object' &&
				Number.isSafeInteger((p as QueuedAnswer).seq) &&
				typeof (p as QueuedAnswer).questionId === 'string'
		);
	} catch {
		return [];
	}
}
