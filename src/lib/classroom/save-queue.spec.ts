import { describe, expect, it } from 'vitest';
import { SaveQueue, withPending, type QueuedAnswer, type SendOutcome } from './save-queue';

function memoryStore() {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v)
	};
}

describe('the answer queue', () => {
	it('numbers answers after what the server has seen and empties on success', async () => {
		const sent: QueuedAnswer[][] = [];
		const queue = new SaveQueue(
			'a1',
			memoryStore(),
			async (b) => (sent.push(b), { kind: 'ok' }),
			7
		);
		await queue.add('q1', 'x');
		await queue.add('q2', 'y');
		expect(sent.map((b) => b.map((a) => a.seq))).toEqual([[8], [9]]);
		expect(queue.status).toEqual({ kind: 'saved' });
		expect(queue.pendingAnswers).toEqual({});
	});

	it('keeps answers through an outage and a reload, newest per question, then sends them', async () => {
		const store = memoryStore();
		let online = false;
		const sent: QueuedAnswer[][] = [];
		const send = async (b: QueuedAnswer[]): Promise<SendOutcome> => {
			if (!online) throw new TypeError('Failed to fetch');
			sent.push(b);
			return { kind: 'ok' };
		};
		const first = new SaveQueue('a1', store, send, 0);
		await first.add('q1', 'old');
		await first.add('q1', 'new');
		await first.add('q2', 'y');
		expect(first.status).toEqual({ kind: 'queued', pending: 2 });

		online = true;
		const reloaded = new SaveQueue('a1', store, send, 0);
		expect(reloaded.pendingAnswers).toEqual({ q1: 'new', q2: 'y' });
		await reloaded.add('q3', 'z');
		expect(sent).toEqual([
			[
				{ seq: 2, questionId: 'q1', answer: 'new' },
				{ seq: 3, questionId: 'q2', answer: 'y' },
				{ seq: 4, questionId: 'q3', answer: 'z' }
			]
		]);
		expect(reloaded.status).toEqual({ kind: 'saved' });
	});

	it('reports a refusal and keeps the answers', async () => {
		const queue = new SaveQueue(
			'a1',
			memoryStore(),
			async () => ({ kind: 'refused', error: 'closed' }),
			0
		);
		await queue.add('q1', 'x');
		expect(queue.status).toEqual({ kind: 'refused', error: 'closed', pending: 1 });
		expect(queue.pendingAnswers).toEqual({ q1: 'x' });
	});

	it('sends a cleared answer as null with its own number, after the answer it takes back', async () => {
		const sent: QueuedAnswer[][] = [];
		const queue = new SaveQueue(
			'a1',
			memoryStore(),
			async (b) => (sent.push(b), { kind: 'ok' }),
			3
		);
		await queue.add('q1', 'x');
		await queue.add('q1', null);
		expect(sent).toEqual([
			[{ seq: 4, questionId: 'q1', answer: 'x' }],
			[{ seq: 5, questionId: 'q1', answer: null }]
		]);
		expect(queue.status).toEqual({ kind: 'saved' });
	});

	it('lets the newest change win while offline: a clear replaces an answer and an answer a clear', async () => {
		const store = memoryStore();
		let online = false;
		const sent: QueuedAnswer[][] = [];
		const send = async (b: QueuedAnswer[]): Promise<SendOutcome> => {
			if (!online) return { kind: 'offline' };
			sent.push(b);
			return { kind: 'ok' };
		};
		const queue = new SaveQueue('a1', store, send, 0);
		await queue.add('q1', 'x');
		await queue.add('q1', null);
		await queue.add('q2', null);
		await queue.add('q2', 'y');
		expect(queue.pendingAnswers).toEqual({ q1: null, q2: 'y' });

		// The clear survives a reload as a clear, not as a missing entry.
		online = true;
		const reloaded = new SaveQueue('a1', store, send, 0);
		expect(reloaded.pendingAnswers).toEqual({ q1: null, q2: 'y' });
		await reloaded.flush();
		expect(sent).toEqual([
			[
				{ seq: 2, questionId: 'q1', answer: null },
				{ seq: 4, questionId: 'q2', answer: 'y' }
			]
		]);
	});

	it('keeps a clear made while its answer was being sent, and sends it next', async () => {
		const sent: QueuedAnswer[][] = [];
		let release = () => {};
		const queue = new SaveQueue(
			'a1',
			memoryStore(),
			(b) => {
				sent.push(b);
				// The first request is slow: the student clears the answer before it returns.
				return sent.length === 1
					? new Promise((resolve) => (release = () => resolve({ kind: 'ok' })))
					: Promise.resolve({ kind: 'ok' });
			},
			0
		);
		const first = queue.add('q1', 'x');
		const second = queue.add('q1', null);
		release();
		await first;
		await second;
		await queue.flush();
		expect(sent).toEqual([
			[{ seq: 1, questionId: 'q1', answer: 'x' }],
			[{ seq: 2, questionId: 'q1', answer: null }]
		]);
		expect(queue.pendingAnswers).toEqual({});
	});

	it("shows the server's answers under the pending changes, without the cleared ones", () => {
		expect(withPending({ q1: 'a', q2: 'b', q3: 'c' }, { q1: null, q2: 'B', q4: 'd' })).toEqual({
			q2: 'B',
			q3: 'c',
			q4: 'd'
		});
		expect(withPending({}, {})).toEqual({});
	});
});
