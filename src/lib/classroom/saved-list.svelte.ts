import {
	mergeSaved,
	parseSaved,
	savedAssignmentsKey,
	withSaved,
	withoutSaved,
	type SavedAssignment
} from './saved';

/**
 * The teacher's saved assignments as state shared by the components of a page: the panel that
 * shows a new assignment adds it here, and "My assignments" lists it at once, without a reload.
 * Only the browser writes it (from effects and event handlers), so on the server it stays null and
 * no request ever sees another teacher's list.
 */
const saved = $state<{ list: SavedAssignment[] | null }>({ list: null });

/** The list, newest first; null until this browser's storage has been read. */
export function savedAssignments(): SavedAssignment[] | null {
	return saved.list;
}

/** Reads the list from storage (again, e.g. after another tab changed it). */
export function loadSaved(storage: Storage = localStorage): void {
	saved.list = parseSaved(storage.getItem(savedAssignmentsKey));
}

/** Adds an assignment (or moves it to the top), in storage and on the page. */
export function rememberSaved(entry: SavedAssignment, storage: Storage = localStorage): void {
	// From storage, not from the page's copy: another tab may have added one meanwhile.
	store(withSaved(parseSaved(storage.getItem(savedAssignmentsKey)), entry), storage);
}

/** Removes an assignment from the list (it stays on the server), in storage and on the page. */
export function forgetSaved(id: string, storage: Storage = localStorage): void {
	store(withoutSaved(parseSaved(storage.getItem(savedAssignmentsKey)), id), storage);
}

function store(list: SavedAssignment[], storage: Storage) {
	storage.setItem(savedAssignmentsKey, JSON.stringify(list));
	saved.list = list;
}

/** Adds the entries of a moving link; returns how many were new here. */
export function addMoved(moved: SavedAssignment[], storage: Storage = localStorage): number {
	const { list, added } = mergeSaved(parseSaved(storage.getItem(savedAssignmentsKey)), moved);
	store(list, storage);
	return added;
}
