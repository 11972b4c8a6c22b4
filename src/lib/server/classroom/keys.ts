import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret (teacher key, resume token): 32 bytes, base64url, 43 characters. */
export function newSecret(): string {
	return randomBytes(32).toString('base64url');
}

/** A random public id (assignment, participant): 12 bytes, base64url, 16 characters. */
export function newId(): string {
	return randomBytes(12).toString('base64url');
}

/**
 * What is stored instead of a secret. Plain SHA-256 is enough here: the secrets are 256 random
 * bits, so there is no dictionary to try, and a stolen database gives no working link.
 */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
	const presented = Buffer.from(hashSecret(secret), 'hex');
	const stored = Buffer.from(storedHash, 'hex');
	return stored.length === presented.length && timingSafeEqual(presented, stored);
}
