/** Rows of the teacher's class list per dashboard page: a class of thousands is read page by page. */
export const studentsPerPage = 100;

/** Where a page of rows sits in the whole list (row numbers from 1). */
export interface Paging {
	page: number;
	pages: number;
	/** Number of the page's first row (0 when the list is empty). */
	first: number;
	/** Number of its last row. */
	last: number;
	total: number;
}

/**
 * The page a `?page=` value asks for: a whole number from 1; anything else (missing, text, zero,
 * a fraction, an absurd size) is the first page. Past the end is clamped by `pageOf`.
 */
export function pageParam(value: string | null): number {
	if (!value || !/^[1-9]\d{0,8}$/.test(value)) return 1;
	return Number(value);
}

/** One page of `rows` (`null`: all of them, as one page), with where it sits; clamped to the last page. */
export function pageOf<T>(
	rows: readonly T[],
	requested: number | null,
	size = studentsPerPage
): { rows: T[]; paging: Paging } {
	const total = rows.length;
	if (requested === null) {
		return {
			rows: [...rows],
			paging: { page: 1, pages: 1, first: total ? 1 : 0, last: total, total }
		};
	}
	const pages = Math.max(1, Math.ceil(total / size));
	const page = Math.min(Math.max(1, Math.floor(requested)), pages);
	const start = (page - 1) * size;
	const slice = rows.slice(start, start + size);
	return {
		rows: slice,
		paging: { page, pages, first: slice.length ? start + 1 : 0, last: start + slice.length, total }
	};
}
