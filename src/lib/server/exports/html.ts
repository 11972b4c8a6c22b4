import { fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { langs } from '$lib/i18n/langs';
import type { Text } from '$lib/quiz/types';

export type { XMLBuilder };

/** An HTML fragment built with the XML builder (escaped by it), serialised to a string. */
export function html(build: (root: XMLBuilder) => void): string {
	const root = fragment();
	build(root);
	return root.end();
}

/** Both languages side by side, each in its own element with `attrs(lang)` on it. */
export function bilingual(
	parent: XMLBuilder,
	text: Text,
	attrs: (lang: (typeof langs)[number]) => Record<string, string>,
	tag = 'span'
): void {
	for (const lang of langs) parent.ele(tag, attrs(lang)).txt(text[lang]);
}

/** XML comments may not contain "--"; the notes are prose, so a dash does the same job. */
export function commentText(text: string): string {
	return ` ${text.replace(/-{2,}/g, '–').replace(/-$/, '–')} `;
}
