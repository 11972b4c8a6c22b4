import { describe, expect, it } from 'vitest';
import { savedAssignmentsKey, type SavedAssignment } from './saved';
import { forgetSaved, loadSaved, rememberSaved, savedAssignments } from './saved-list.svelte';

const entry = (id: string): SavedAssignment => ({
	id,
	code: 'ABC234',
	title: `Class ${id[0]}`,
	createdAt: '2026-11-25T09:00:00.000Z',
	path: `/teacher/a/${id}/${'k'.repeat(43)}`
});

/** Enough of `Storage` for the list: one key in a map. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
	const items = new Map(Object.entries(initial));
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value)
	};
}

describe("the teacher's list shared by the page's components", () => {
	it('shows a remembered assignment at once and keeps storage in step', () => {
		const a = entry('a'.repeat(16));
		const storage = memoryStorage({ [savedAssignmentsKey]: JSON.stringify([a]) });
		loadSaved(storage);
		expect(savedAssignments()?.map((e) => e.id)).toEqual([a.id]);

		const b = entry('b'.repeat(16));
		rememberSaved(b, storage);
		expect(savedAssignments()?.map((e) => e.id)).toEqual([b.id, a.id]);
		expect(JSON.parse(storage.getItem(savedAssignmentsKey)!)).toEqual([b, a]);

		forgetSaved(a.id, storage);
		expect(savedAssignments()).toEqual([b]);
		expect(JSON.parse(storage.getItem(savedAssignmentsKey)!)).toEqual([b]);
	});

	it('keeps what another tab stored meanwhile when it adds one', () => {
		const storage = memoryStorage();
		loadSaved(storage);
		expect(savedAssignments()).toEqual([]);
		const other = entry('c'.repeat(16));
		storage.setItem(savedAssignmentsKey, JSON.stringify([other]));
		const mine = entry('d'.repeat(16));
		rememberSaved(mine, storage);
		expect(savedAssignments()?.map((e) => e.id)).toEqual([mine.id, other.id]);
	});
});
