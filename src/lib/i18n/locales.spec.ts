import { describe, expect, it } from 'vitest';
import { createI18n, type LangResources } from './instance';
import { langs } from './langs';

const files = import.meta.glob<Record<string, unknown>>('/locales/*/*.json', {
	eager: true,
	import: 'default'
});

function byLang(): Record<string, LangResources> {
	const out: Record<string, LangResources> = {};
	for (const [path, content] of Object.entries(files)) {
		const [, , lang, file] = path.split('/');
		(out[lang] ??= {})[file.replace(/\.json$/, '')] = content;
	}
	return out;
}

/** Every leaf key as `namespace:a.b.c`, with i18next's plural suffixes folded together. */
function leafKeys(resources: LangResources): Set<string> {
	const keys = new Set<string>();
	const walk = (node: unknown, prefix: string) => {
		if (node && typeof node === 'object' && !Array.isArray(node)) {
			for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
		} else keys.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
	};
	for (const [ns, content] of Object.entries(resources)) walk(content, `${ns}:`);
	return keys;
}

const resources = byLang();

describe('locales', () => {
	it('has both languages with the same namespaces', () => {
		expect(Object.keys(resources).sort()).toEqual([...langs].sort());
		expect(Object.keys(resources.hu).sort()).toEqual(Object.keys(resources.en).sort());
	});

	it('has the same keys in Hungarian and English in every namespace', () => {
		const hu = leafKeys(resources.hu);
		const en = leafKeys(resources.en);
		expect([...hu].filter((k) => !en.has(k))).toEqual([]);
		expect([...en].filter((k) => !hu.has(k))).toEqual([]);
	});

	it('has no empty strings and no text left untranslated', () => {
		for (const lang of langs) {
			const walk = (node: unknown, path: string): void => {
				if (typeof node === 'string') expect(node.trim(), `${lang} ${path}`).not.toBe('');
				else if (node && typeof node === 'object')
					for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
			};
			walk(resources[lang], lang);
		}
	});

	it('uses the same interpolation variables in both languages', () => {
		const vars = (lang: string) => {
			const out = new Map<string, string>();
			const walk = (node: unknown, path: string): void => {
				if (typeof node === 'string')
					out.set(
						path.replace(/_(zero|one|two|few|many|other)$/, ''),
						[...node.matchAll(/{{\s*(\w+)/g)]
							.map((m) => m[1])
							.sort()
							.join(',')
					);
				else if (node && typeof node === 'object')
					for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
			};
			walk(resources[lang], '');
			return out;
		};
		const hu = vars('hu');
		for (const [key, names] of vars('en')) {
			if (names || hu.get(key)) expect(hu.get(key), key).toBe(names);
		}
	});

	it('marks a missing key visibly instead of printing it bare', () => {
		const t = createI18n('en', resources.en);
		expect(t('common:nav.explainer')).toBe('Explainer');
		expect(t('common:nav.no_such_key')).toBe('⟦nav.no_such_key⟧');
	});
});
