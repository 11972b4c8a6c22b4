import { describe, expect, it } from 'vitest';
import { pageOf, pageParam, studentsPerPage } from './paging';

const rows = Array.from({ length: 250 }, (_, i) => i + 1);

describe('class list paging', () => {
	it('cuts a list into pages of a fixed size, the last one shorter', () => {
		expect(studentsPerPage).toBe(100);
		const first = pageOf(rows, 1);
		expect(first.rows).toHaveLength(100);
		expect(first.paging).toEqual({ page: 1, pages: 3, first: 1, last: 100, total: 250 });
		const last = pageOf(rows, 3);
		expect(last.rows).toEqual(rows.slice(200));
		expect(last.paging).toEqual({ page: 3, pages: 3, first: 201, last: 250, total: 250 });
	});

	it('clamps pages past the end and before the start', () => {
		expect(pageOf(rows, 99).paging.page).toBe(3);
		expect(pageOf(rows, 0).paging.page).toBe(1);
		expect(pageOf([], 5)).toEqual({
			rows: [],
			paging: { page: 1, pages: 1, first: 0, last: 0, total: 0 }
		});
	});

	it('gives every row as one page when no page is asked for (the downloads)', () => {
		const all = pageOf(rows, null);
		expect(all.rows).toHaveLength(250);
		expect(all.paging).toEqual({ page: 1, pages: 1, first: 1, last: 250, total: 250 });
	});

	it('reads ?page= as a whole number from 1, anything else as the first page', () => {
		expect(pageParam('2')).toBe(2);
		for (const bad of [null, '', '0', '-1', '1.5', 'x', '2e3', ' 2', '9'.repeat(12)]) {
			expect(pageParam(bad)).toBe(1);
		}
	});
});
