/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { version } from '$service-worker';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { NetworkFirst } from 'workbox-strategies';
import { offlineKind, warmUpAddresses } from '$lib/pwa/offline-pages';
import { skipWaitingMessage } from '$lib/pwa/messages';

/*
 * The lesson offline (issue 18). The build's scripts, styles, icons and static files are precached
 * by Workbox (the list is injected by @vite-pwa/sveltekit). The pages are rendered by the server,
 * per language and with the reader's text size, so they cannot be precached at build time: each
 * lesson page (offline-pages.ts, an allowlist) is fetched from the network first and kept, and once
 * this worker is installed it fetches every lesson page of both languages once, so that one visit
 * is enough. Anything else, above all the API, the classroom, the dashboard and LTI, is not routed
 * here and goes to the network as if there were no worker.
 */
declare const self: ServiceWorkerGlobalScope & {
	/** Replaced at build time by the list of files to precache (the name must stay as it is). */
	__WB_MANIFEST: Parameters<typeof precacheAndRoute>[0];
};
const sw = self;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** The pages of this build: a new version keeps its own, rendered for its own scripts. */
const pagesCache = `lesson-pages-${version}`;

/** Only a page as it should be is kept: not a 404, nor the busy server's 503. */
const onlyOk = {
	cacheWillUpdate: async ({ response }: { response: Response }) =>
		response.status === 200 ? response : null
};

const network = new NetworkFirst({
	cacheName: pagesCache,
	// On a weak signal, the kept page after a few seconds rather than a long wait.
	networkTimeoutSeconds: 6,
	matchOptions: { ignoreVary: true },
	plugins: [onlyOk]
});

/**
 * A page's data (for SvelteKit's navigation in the browser) is kept under its address without the
 * query: the query names the parts the browser already has, and a kept answer has them all.
 */
const data = new NetworkFirst({
	cacheName: pagesCache,
	networkTimeoutSeconds: 6,
	matchOptions: { ignoreVary: true },
	plugins: [
		{
			cacheKeyWillBeUsed: async ({ request }) => {
				const url = new URL(request.url);
				return url.origin + url.pathname;
			},
			// Only a complete answer (no query, or every part asked for) may stand for all of them.
			cacheWillUpdate: async ({ request, response }) => {
				const parts = new URL(request.url).searchParams.get('x-sveltekit-invalidated');
				return response.status === 200 && !parts?.includes('0') ? response : null;
			}
		}
	]
});

registerRoute(({ url, request, sameOrigin }) => {
	if (!sameOrigin || request.method !== 'GET') return false;
	const kind = offlineKind(url.pathname);
	return kind === 'page' || kind === 'file';
}, network);
registerRoute(
	({ url, request, sameOrigin }) =>
		sameOrigin && request.method === 'GET' && offlineKind(url.pathname) === 'data',
	data
);

/**
 * Fetches every lesson page into this version's cache, one at a time and without cookies, so that
 * the warm-up neither sets the reader's language nor competes with the page being read.
 */
async function warmUp(): Promise<void> {
	const cache = await caches.open(pagesCache);
	for (const address of warmUpAddresses()) {
		try {
			const response = await fetch(address, { credentials: 'omit' });
			if (response.status === 200) await cache.put(address, response);
		} catch {
			// Offline already, or the server is busy: the page is kept when the reader opens it.
		}
	}
}

sw.addEventListener('install', (event) => event.waitUntil(warmUp()));

// The first version takes charge of the page that installed it, so that page works offline at once.
clientsClaim();

sw.addEventListener('activate', (event) => {
	// The pages of older versions go once this one is in charge.
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith('lesson-pages-') && key !== pagesCache)
						.map((key) => caches.delete(key))
				)
			)
	);
});

// A new version waits until the reader chooses to reload (the page's update notice), so that an
// attempt in progress is never cut short by a reload it did not ask for.
sw.addEventListener('message', (event) => {
	if (event.data === skipWaitingMessage) void sw.skipWaiting();
});
