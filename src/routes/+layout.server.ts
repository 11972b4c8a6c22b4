import { isLang } from '$lib/i18n/langs';
import { resourcesFor } from '$lib/i18n/namespaces';
import { localeResources } from '$lib/server/locales';
import type { LayoutServerLoad } from './$types';

/** Resources per language and route, cut once and reused by every request. */
const cut = new Map<string, ReturnType<typeof resourcesFor>>();

/**
 * The page's language and the interface strings its page needs, in that language only (the other
 * is not needed to render, and the other pages' namespaces come with those pages).
 */
export const load: LayoutServerLoad = ({ params, locals, route }) => {
	const fromPath = (params as { lang?: string }).lang;
	const lang = isLang(fromPath) ? fromPath : locals.lang;
	const key = `${lang} ${route.id}`;
	let resources = cut.get(key);
	if (!resources) cut.set(key, (resources = resourcesFor(localeResources[lang], route.id)));
	return { lang, resources, textSize: locals.textSize };
};
