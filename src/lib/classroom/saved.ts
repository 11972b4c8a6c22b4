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
