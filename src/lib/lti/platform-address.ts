/**
 * Whether the lesson may fetch a learning platform's address during Dynamic Registration: https
 * anywhere, plain http only on this machine's loopback (127.0.0.0/8, ::1, localhost), where no
 * network sits between the two. So a pasted address cannot make the server fetch a plain-http
 * address elsewhere in the school's network, while a trial Moodle on the same laptop, and the
 * tests' simulated platform, still register, with no setting to turn on.
 */
export function platformAddressAllowed(address: string): boolean {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return false;
	}
	if (url.protocol === 'https:') return true;
	return url.protocol === 'http:' && isLoopback(url.hostname);
}

/** A URL's hostname (IPv6 in brackets, as URL writes it) that names this machine's loopback. */
export function isLoopback(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	if (host === 'localhost' || host === '[::1]') return true;
	// URL has already normalised IPv4 (127.1 → 127.0.0.1), so four decimal parts are all there is.
	const parts = host.split('.');
	return (
		parts.length === 4 &&
		parts[0] === '127' &&
		parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
	);
}
