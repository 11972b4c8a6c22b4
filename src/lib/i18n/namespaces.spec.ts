import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everywhere, resourcesFor, routeNamespaces } from './namespaces';

const root = resolve(__dirname, '../../..');
const routesDir = join(root, 'src/routes');

/** A module an import specifier points at, if it is one of ours. */
function resolveImport(from: string, spec: string): string | null {
	const base = spec.startsWith('$lib/')
		? join(root, 'src/lib', spec.slice(5))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: null;
	if (!base) return null;
	for (const file of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) {
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/** The file and every module it imports (not type-only), transitively. */
function closure(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const source = readFileSync(file, 'utf8');
	const imports = source.matchAll(
		/import\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g
	);
	for (const [, typeOnly, from, dynamic] of imports) {
		const target = typeOnly ? null : resolveImport(file, from ?? dynamic);
		if (target) closure(target, seen);
	}
	return seen;
}

/**
 * Keys named like `'quiz:review.answered'` or `` `teacher:errors.${…}` `` anywhere in the files, as
 * namespace and first part (`quiz:review`); just the namespace when the part is computed.
 */
function keysUsed(files: Iterable<string>): Set<string> {
	const used = new Set<string>();
	for (const file of files) {
		for (const [, ns, part] of readFileSync(file, 'utf8').matchAll(
			/['"`]([a-z]+):([a-z_][a-z0-9_]*(?=[.'"`]))?/g
		)) {
			if (namespaces.includes(ns)) used.add(part ? `${ns}:${part}` : ns);
		}
	}
	return used;
}

function pages(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pages(path);
		return entry.name === '+page.svelte' ? [path] : [];
	});
}

const namespaces = readdirSync(join(root, 'locales/en')).map((f) => f.replace(/\.json$/, ''));
const routeId = (page: string) => `/${relative(routesDir, dirname(page))}`.replace(/\/$/, '');

/** The page, its own loads (whose data can carry keys the page shows) and all they import. */
function pageFiles(page: string): Set<string> {
	const files = closure(page);
	for (const load of ['+page.ts', '+page.server.ts']) {
		const file = join(dirname(page), load);
		if (existsSync(file)) closure(file, files);
	}
	return files;
}

describe('per-route namespaces', () => {
	it('list every page, so that none silently gets every namespace', () => {
		const ids = pages(routesDir).map(routeId);
		expect(ids.filter((id) => !routeNamespaces[id])).toEqual([]);
	});

	it('give every page each namespace its components and loads use', () => {
		// The layout and the error page render around and instead of every page.
		const shared = keysUsed([
			...closure(join(routesDir, '+layout.svelte')),
			...closure(join(routesDir, '+layout.server.ts')),
			...closure(join(routesDir, '+error.svelte'))
		]);
		for (const page of pages(routesDir)) {
			const sent = new Set(['common', ...(routeNamespaces[routeId(page)] ?? [])]);
			const shown = (key: string) => {
				const [ns, part] = key.split(':');
				return sent.has(ns) || (part !== undefined && !!everywhere[ns]?.includes(part));
			};
			const used = new Set([...keysUsed(pageFiles(page)), ...shared]);
			expect(
				[...used].filter((key) => !shown(key)),
				routeId(page)
			).toEqual([]);
		}
	});

	it('lists only routes that exist', () => {
		const ids = pages(routesDir).map(routeId);
		expect(Object.keys(routeNamespaces).filter((id) => !ids.includes(id))).toEqual([]);
	});

	it('cuts the resources to common, the shared error messages and the page’s own', () => {
		const all = {
			common: { a: 'A' },
			quiz: { q: 'Q' },
			teacher: { errors: { x: 'X' }, form: { f: 'F' } },
			guide: { g: 'G' }
		};
		expect(resourcesFor(all, '/[lang=lang]/[lesson=lesson]/quizzes')).toEqual({
			common: { a: 'A' },
			quiz: { q: 'Q' },
			teacher: { errors: { x: 'X' } }
		});
		expect(resourcesFor(all, '/[lang=lang]/teacher').teacher).toEqual(all.teacher);
		expect(resourcesFor(all, '/[lang=lang]/new-page')).toBe(all);
		expect(resourcesFor(all, null)).toBe(all);
		expect(Object.keys(everywhere)).toEqual(['teacher']);
	});
});
