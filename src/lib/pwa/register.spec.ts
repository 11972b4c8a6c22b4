import { describe, expect, it } from 'vitest';
import { skipWaitingMessage } from './messages';
import { registerWorker, type Container } from './register';

/** A worker whose state the test moves on, recording what the page posts to it. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	posted: unknown[] = [];
	postMessage(message: unknown) {
		this.posted.push(message);
	}
	moveTo(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

function setup({ controlled, waiting }: { controlled: boolean; waiting?: FakeWorker }) {
	const registration = Object.assign(new EventTarget(), {
		installing: null as FakeWorker | null,
		waiting: waiting ?? null
	});
	const container = Object.assign(new EventTarget(), {
		controller: controlled ? ({} as ServiceWorker) : null,
		register: async () => registration as unknown as ServiceWorkerRegistration
	});
	const seen = { ready: 0, updates: [] as (() => void)[], reloads: 0 };
	const events = {
		onOfflineReady: () => seen.ready++,
		onUpdate: (apply: () => void) => seen.updates.push(apply)
	};
	const install = (worker: FakeWorker) => {
		registration.installing = worker;
		registration.dispatchEvent(new Event('updatefound'));
	};
	const run = () => registerWorker(container as unknown as Container, events, () => seen.reloads++);
	return { container, seen, install, run };
}

describe('registerWorker', () => {
	it('says the lesson works offline once the first worker is in charge, and offers no update', async () => {
		const { seen, install, run } = setup({ controlled: false });
		await run();
		const worker = new FakeWorker();
		install(worker);
		worker.moveTo('installed');
		expect(seen.updates).toHaveLength(0);
		worker.moveTo('activated');
		expect(seen.ready).toBe(1);
	});

	it('offers a new version and lets it take over only when the reader applies it', async () => {
		const { container, seen, install, run } = setup({ controlled: true });
		await run();
		const worker = new FakeWorker();
		install(worker);
		worker.moveTo('installed');
		expect(seen.updates).toHaveLength(1);
		// Nothing happens until the reader chooses: no message, no reload.
		expect(worker.posted).toEqual([]);
		expect(seen.reloads).toBe(0);
		seen.updates[0]();
		expect(worker.posted).toEqual([skipWaitingMessage]);
		expect(seen.reloads).toBe(0);
		container.dispatchEvent(new Event('controllerchange'));
		expect(seen.reloads).toBe(1);
		expect(seen.ready).toBe(0);
	});

	it('offers a version that was already waiting when the page opened', async () => {
		const waiting = new FakeWorker();
		waiting.state = 'installed';
		const { seen, run } = setup({ controlled: true, waiting });
		await run();
		expect(seen.updates).toHaveLength(1);
	});

	it('leaves the page alone when the worker cannot be registered', async () => {
		const events = { onOfflineReady: () => {}, onUpdate: () => {} };
		const container = {
			controller: null,
			addEventListener: () => {},
			register: async () => {
				throw new Error('blocked');
			}
		} as unknown as Container;
		await expect(registerWorker(container, events)).resolves.toBeUndefined();
	});
});
