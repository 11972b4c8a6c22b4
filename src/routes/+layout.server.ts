import { isLang } from '$lib/i18n/langs';
import { localeResources } from '$lib/server/locales';
import type { LayoutServerLoad } from './$types';

/** The page's language and that language's interface strings (only that one: the other is not needed to render). */
export const load: LayoutServerLoad = ({ params, locals }) => {
	const fromPath = (params as { lang?: string }).lang;
	const lang = isLang(fromPath) ? fromPath : locals.lang;
	return { lang, resources: localeResources[lang], textSize: locals.textSize };
};
