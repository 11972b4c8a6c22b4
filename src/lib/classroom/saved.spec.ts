import { describe, expect, it } from 'vitest';
import {
	decodeSaved,
	encodeSaved,
	mergeSaved,
	parseSaved,
	pathWithoutLang,
	withSaved,
	withoutSaved,
	type SavedAssignment
} from './saved';

const entry = (id: string): SavedAssignment => ({
	id,
	code: 'ABC234',
	title: '9.B',
	createdAt: '2026-11-25T09:00:00.000Z',
	path: `/teacher/a/${id}/${'k'.repeat(43)}`
});

describe("the teacher's saved assignments", () => {
	it('round-trips, newest first, without duplicates', () => {
		const list = withSaved(withSaved([], entry('a'.repeat(16))), entry('b'.repeat(16)));
		expect(list.map((e) => e.id[0])).toEqual(['b', 'a']);
		expect(
			parseSaved(JSON.stringify(withSaved(list, entry('a'.repeat(16))))).map((e) => e.id[0])
		).toEqual(['a', 'b']);
		expect(withoutSaved(list, 'a'.repeat(16))).toHaveLength(1);
	});

	it('drops unreadable or tampered storage instead of trusting it', () => {
		expect(parseSaved(null)).toEqual([]);
		expect(parseSaved('{oops')).toEqual([]);
		expect(
			parseSaved(JSON.stringify([{ ...entry('a'.repeat(16)), path: 'javascript:alert(1)' }]))
		).toEqual([]);
	});

	it('keeps the path without the language', () => {
		expect(pathWithoutLang(`https://x.hu/hu/teacher/a/${'a'.repeat(16)}/${'k'.repeat(43)}`)).toBe(
			`/teacher/a/${'a'.repeat(16)}/${'k'.repeat(43)}`
		);
	});
});

describe('moving the list to another browser', () => {
	it('round-trips accented titles through the moving link', () => {
		const list = [
			{ ...entry('a'.repeat(16)), title: 'Őszi dolgozat – 9.B' },
			entry('b'.repeat(16))
		];
		const text = encodeSaved(list);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeSaved(text)).toEqual(list);
	});

	it('refuses anything unreadable, tampered or empty', () => {
		expect(decodeSaved('not base64!')).toBeNull();
		expect(decodeSaved(encodeSaved([]))).toBeNull();
		const bad = btoa(JSON.stringify([{ ...entry('a'.repeat(16)), path: 'https://evil.example' }]));
		expect(decodeSaved(bad.replace(/=+$/, ''))).toBeNull();
	});

	it('adds only the assignments this browser lacks', () => {
		const a = entry('a'.repeat(16));
		const b = entry('b'.repeat(16));
		expect(mergeSaved([a], [a, b])).toEqual({ list: [a, b], added: 1 });
		expect(mergeSaved([a, b], [b])).toEqual({ list: [a, b], added: 0 });
	});
});
