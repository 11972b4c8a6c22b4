/**
 * A random version-4 UUID. `crypto.randomUUID` exists only in secure contexts, and a class served
 * from a laptop is opened over plain HTTP at a LAN address; `getRandomValues` works everywhere.
 */
export function randomUuid(
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) =>
		crypto.getRandomValues(b)
): string {
	const b = random(new Uint8Array(16));
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
