import { afterNavigate } from '$app/navigation';
import { onMount } from 'svelte';

/**
 * The element named by the address's #hash, for highlighting: quizzes link to `explainer#paragraph-id`
 * and the reader must see at once which paragraph holds the evidence. Call during component init.
 */
export function useHashTarget(): { readonly id: string | null } {
	const state = $state<{ id: string | null }>({ id: null });

	function read() {
		const id = decodeURIComponent(location.hash.slice(1)) || null;
		state.id = id;
		const el = id ? document.getElementById(id) : null;
		if (!el) return;
		// Source notes and the like wait behind a closed <details>: open it so the target shows.
		el.closest('details:not([open])')?.setAttribute('open', '');
		const top = el.getBoundingClientRect().top;
		// The browser or the router normally scrolls there already; only step in when it did not.
		if (top < 0 || top > window.innerHeight * 0.8) el.scrollIntoView({ block: 'start' });
	}

	onMount(() => {
		read();
		window.addEventListener('hashchange', read);
		return () => window.removeEventListener('hashchange', read);
	});
	afterNavigate(read);
	return state;
}
