/**
 * Seeded shuffling. The seed is drawn once per attempt and saved with it, so the order is stable
 * across reloads and language switches, and a retry draws a new seed and gets a new order.
 */

/** A 32-bit hash of a string (FNV-1a), to derive a per-question seed from the attempt's seed. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: a small, fast generator of floats in [0, 1); good enough to shuffle, not for secrets. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new copy of `items` in an order decided by `seed` and `salt` (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: number, salt = ''): T[] {
	const random = seededRandom(hashString(`${seed}:${salt}`));
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** A fresh attempt seed: a non-negative 32-bit integer. Pass a random source to make it testable. */
export function newSeed(random: () => number = Math.random): number {
	return Math.floor(random() * 4294967296) >>> 0;
}

/**
 * Shuffles the items of an ordering question so that they never start in the correct order
 * (the reader would otherwise be handed the answer): if the shuffle lands on `key`, it is rotated.
 */
export function shuffleAwayFrom(
	ids: readonly string[],
	key: readonly string[],
	seed: number,
	salt = ''
): string[] {
	const out = shuffle(ids, seed, salt);
	const same = out.length > 1 && out.every((id, i) => id === key[i]);
	return same ? [...out.slice(1), out[0]] : out;
}
