import type { LangResources } from './instance';

/**
 * The interface namespaces each page needs besides `common`, by SvelteKit route id: a page's HTML
 * then carries its own strings, not every namespace of the lesson. A route not listed here (a new
 * page) gets them all, so that nothing shows up untranslated; `namespaces.spec.ts` checks that
 * every page is listed and that each page's components and loads use no other namespace.
 */
export const routeNamespaces: Readonly<Record<string, readonly string[]>> = {
	'/[lang=lang]': [],
	'/[lang=lang]/accessibility': [],
	'/[lang=lang]/attempt/[id=publicid]': ['quiz', 'teacher'],
	'/[lang=lang]/attempt/[token=token]': ['teacher'],
	'/[lang=lang]/[lesson=lesson]/explainer': ['explainer'],
	'/[lang=lang]/[lesson=lesson]/glossary': ['explainer'],
	'/[lang=lang]/[lesson=lesson]/guide': ['guide'],
	'/[lang=lang]/[lesson=lesson]/guide/print/[sheet]': ['guide'],
	'/[lang=lang]/join': ['teacher'],
	'/[lang=lang]/lessons': [],
	'/[lang=lang]/join/[code]': ['teacher'],
	'/[lang=lang]/[lesson=lesson]/quizzes': ['quiz'],
	'/[lang=lang]/[lesson=lesson]/quizzes/[quiz]': ['quiz'],
	'/[lang=lang]/teacher': ['teacher'],
	'/[lang=lang]/teacher/a/[id]': ['teacher'],
	'/[lang=lang]/teacher/a/[id]/[key]': ['teacher'],
	'/[lang=lang]/teacher/a/[id]/show': ['teacher'],
	'/[lang=lang]/[lesson=lesson]/timeline': ['timeline']
};

/**
 * Parts of other namespaces every page gets: the refusals the server sends as translation keys
 * (`teacher:errors.*`), which any page can show, on the error page or after a refused request.
 */
export const everywhere: Readonly<Record<string, readonly string[]>> = { teacher: ['errors'] };

/** One language's resources cut to what a route's page needs. */
export function resourcesFor(all: LangResources, routeId: string | null): LangResources {
	const own = routeId === null ? undefined : routeNamespaces[routeId];
	if (!own) return all;
	const out: LangResources = { common: all.common };
	for (const [ns, parts] of Object.entries(everywhere)) {
		if (all[ns]) out[ns] = Object.fromEntries(parts.map((part) => [part, all[ns][part]]));
	}
	for (const ns of own) if (all[ns]) out[ns] = all[ns];
	return out;
}
