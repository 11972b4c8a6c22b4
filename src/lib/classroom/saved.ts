import * as v from 'valibot';

/**
 * The teacher's assignments as this browser remembers them (localStorage): the server keeps no list
 * of a teacher's assignments, because there are no teacher accounts. The path holds the key.
 */
export interface SavedAssignment {
	id: string;
	code: string;
	title: string;
	createdAt: string;
	/** `/teacher/a/<id>/<key>`, without the language, which the page adds. */
	path: string;
}

export const savedAssignmentsKey = 'classroom:teacher-assignments';

const savedSchema = v.array(
	v.object({
		id: v.pipe(v.string(), v.maxLength(40)),
		code: v.pipe(v.string(), v.maxLength(20)),
		title: v.pipe(v.string(), v.maxLength(200)),
		createdAt: v.pipe(v.string(), v.maxLength(40)),
		path: v.pipe(v.string(), v.regex(/^\/teacher\/a\/[A-Za-z0-9_-]{16}\/[A-Za-z0-9_-]{43}$/))
	})
);

/** Reads the stored list; anything unreadable or tampered is dropped rather than trusted. */
export function parseSaved(raw: string | null): SavedAssignment[] {
	if (!raw) return [];
	try {
		const result = v.safeParse(savedSchema, JSON.parse(raw));
		return result.success ? result.output : [];
	} catch {
		return [];
	}
}

/** The list with `entry` first (replacing an older copy of it), newest first. */
export function withSaved(
	list: readonly SavedAssignment[],
	entry: SavedAssignment
): SavedAssignment[] {
	return [entry, ...list.filter((e) => e.id !== entry.id)];
}

/** The list without the assignment `id`. */
export function withoutSaved(list: readonly SavedAssignment[], id: string): SavedAssignment[] {
	return list.filter((e) => e.id !== id);
}

/** `https://…/hu/teacher/a/<id>/<key>` to the language-free path kept in storage. */
export function pathWithoutLang(url: string): string {
	return new URL(url, 'http://x').pathname.replace(/^\/(hu|en)(?=\/)/, '');
}

/** The hash of a moving link: `#move=` and the list, so that it never reaches a server or a log. */
export const moveHashPrefix = '#move=';

/** The list as a URL-safe text for a moving link (UTF-8, base64url). */
export function encodeSaved(list: readonly SavedAssignment[]): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(JSON.stringify(list))) {
		binary += String.fromCharCode(byte);
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A moving link's list, checked like stored data; null when it cannot be read or is empty. */
export function decodeSaved(text: string): SavedAssignment[] | null {
	if (text.length > 100_000 || !/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		const list = parseSaved(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		return list.length ? list : null;
	} catch {
		return null;
	}
}

/** The stored list with every moved entry it lacks, added after the ones it has. */
export function mergeSaved(
	list: readonly SavedAssignment[],
	moved: readonly SavedAssignment[]
): { list: SavedAssignment[]; added: number } {
	const known = new Set(list.map((e) => e.id));
	const fresh = moved.filter((e) => !known.has(e.id));
	return { list: [...list, ...fresh], added: fresh.length };
}
