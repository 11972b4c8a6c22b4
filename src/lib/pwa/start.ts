import { mount, unmount } from 'svelte';
import type { I18n } from '$lib/i18n/context';
import { registerWorker } from './register';

type Kind = 'offline_ready' | 'update_ready';

/**
 * Registers the offline worker and shows its notice when there is one: the lesson now works
 * offline (after the quizzes have their spare deals), or a new version is ready.
 */
export async function start(i18n: I18n): Promise<void> {
	let shown: Record<string, unknown> | null = null;
	const show = async (kind: Kind, apply?: () => void) => {
		const { default: Notice } = await import('./OfflineNotice.svelte');
		if (shown) void unmount(shown);
		const close = () => {
			if (shown) void unmount(shown);
			shown = null;
		};
		shown = mount(Notice, { target: document.body, props: { i18n, kind, apply, close } });
	};
	await registerWorker(navigator.serviceWorker, {
		onOfflineReady: () =>
			import('$lib/quiz/spare')
				.then(({ stockSpares }) => stockSpares(localStorage))
				.catch(() => {})
				.then(() => show('offline_ready')),
		onUpdate: (apply) => void show('update_ready', apply)
	});
}
