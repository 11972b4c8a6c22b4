/**
 * Teacher keys and resume tokens are 43 base64url characters; where one is in an address (a
 * teacher link, an attempt page), the address must not reach a log or another server's Referer.
 */
const secret = /(?<=\/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** Whether a path carries a key or token. */
export function hasSecret(pathname: string): boolean {
	return pathname.search(secret) !== -1;
}

/** The path (or a message quoting it) with every key or token replaced, fit for a log line. */
export function redactPath(text: string): string {
	return text.replace(secret, '[secret]');
}
