/** The page's message to a waiting service worker: take over now (the reader chose to update). */
export const skipWaitingMessage = 'skip-waiting';
