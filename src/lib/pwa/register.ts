import { skipWaitingMessage } from './messages';

/** What the page is told about the offline worker. */
export interface WorkerEvents {
	/** The first worker of this browser is in charge: the lesson now works offline. */
	onOfflineReady(): void;
	/** A new version is installed and waits; `apply` makes it take over and reloads the page. */
	onUpdate(apply: () => void): void;
}

/** The parts of `navigator.serviceWorker` used here, so that a spec can pass a fake. */
export type Container = Pick<
	ServiceWorkerContainer,
	'register' | 'controller' | 'addEventListener'
>;

/**
 * Registers the offline worker (src/service-worker.ts). A new version never takes over by itself:
 * it waits, the page offers it, and only the reader's choice reloads, so an attempt in progress
 * is never cut short. Errors (no worker support, blocked storage) leave the page as it is.
 */
export async function registerWorker(
	container: Container,
	events: WorkerEvents,
	reload: () => void = () => location.reload()
): Promise<void> {
	let registration: ServiceWorkerRegistration;
	try {
		registration = await container.register('/service-worker.js');
	} catch {
		return;
	}
	const offer = (worker: ServiceWorker) =>
		events.onUpdate(() => {
			container.addEventListener('controllerchange', () => reload(), { once: true });
			worker.postMessage(skipWaitingMessage);
		});
	// Opened again while a version was already waiting.
	if (registration.waiting && container.controller) offer(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		if (!worker) return;
		const updating = !!container.controller;
		worker.addEventListener('statechange', () => {
			if (updating && worker.state === 'installed') offer(worker);
			if (!updating && worker.state === 'activated') events.onOfflineReady();
		});
	});
}
