import { langs } from '$lib/i18n/langs';
import type { Text } from '$lib/quiz/types';
import { localeResources } from '../locales';

/** One locale string in both languages, e.g. `phrase('quiz', 'feedback.correct')`. */
export function phrase(namespace: string, path: string): Text {
	const read = (lang: (typeof langs)[number]) => {
		let node: unknown = localeResources[lang][namespace];
		for (const part of path.split('.'))
			node = (node as Record<string, unknown> | undefined)?.[part];
		if (typeof node !== 'string') throw new Error(`Missing locale string ${namespace}:${path}`);
		return node;
	};
	return { hu: read('hu'), en: read('en') };
}
