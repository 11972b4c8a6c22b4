import type { LangResources } from '$lib/i18n/instance';
import { langs, type Lang } from '$lib/i18n/langs';

const files = import.meta.glob<Record<string, unknown>>('/locales/*/*.json', {
	eager: true,
	import: 'default'
});

/** Every namespace of every language, read once at start-up. */
export const localeResources: Record<Lang, LangResources> = Object.fromEntries(
	langs.map((lang) => [lang, {} as LangResources])
) as Record<Lang, LangResources>;

for (const [path, content] of Object.entries(files)) {
	const [, , lang, file] = path.split('/');
	const resources = localeResources[lang as Lang];
	if (resources) resources[file.replace(/\.json$/, '')] = content;
}
