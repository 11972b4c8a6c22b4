import { describe, expect, it } from 'vitest';
import { SaveQueue, type QueuedAnswer, type SendOutcome } from './save-queue';

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
});
