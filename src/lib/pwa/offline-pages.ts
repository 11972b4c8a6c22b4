import { chartIds, quizIds } from '$lib/content/anchors';
import { sheetIds } from '$lib/content/guide/links';
import { langs } from '$lib/i18n/langs';
import { chartFileHref, defaultSlug, lessonPages, lessonSlugs, mapHref } from '$lib/lessons/paths';

/**
 * The lesson's pages that work offline, in both languages: the reading pages, the quizzes, the
 * teacher's guide and its printables, and the files they link to (each lesson's map, the charts'
 * CSV). A built lesson without places has no map: its address answers 404 and is never kept.
 * Everything else (the API, the classroom, the teacher's dashboard, LTI, any address that carries a
 * key or token) is never cached and always goes to the network: this is an allowlist.
 */
const pagePaths = [
	'',
	'/lessons',
	...lessonSlugs.flatMap((slug) => [
		...lessonPages.map((page) => `/${slug}/${page}`),
		...sheetIds.map((id) => `/${slug}/guide/print/${id}`)
	]),
	...quizIds.map((id) => `/${defaultSlug}/quizzes/${id}`),
	'/accessibility'
];
const filePaths = [
	...lessonSlugs.map((slug) => `/${slug}/map.svg`),
	'/manifest.webmanifest',
	// The charts are the first lesson's; a chart fetches its series (.json) when it is drawn.
	...chartIds.flatMap((id) => [
		`/${defaultSlug}/timeline/${id}.csv`,
		`/${defaultSlug}/timeline/${id}.json`
	])
];

const pages = new Set(langs.flatMap((lang) => pagePaths.map((path) => `/${lang}${path}`)));
const files = new Set(langs.flatMap((lang) => filePaths.map((path) => `/${lang}${path}`)));

/** SvelteKit's client fetches a page's server data from this address when it navigates. */
const dataSuffix = '/__data.json';

/** What an address is to the offline cache: a lesson page, its data, a lesson file, or nothing. */
export function offlineKind(pathname: string): 'page' | 'data' | 'file' | null {
	if (pages.has(pathname)) return 'page';
	if (pathname.endsWith(dataSuffix)) {
		const page = pathname.slice(0, -dataSuffix.length);
		// The home page's data is at /hu/__data.json, as SvelteKit names it.
		if (pages.has(page)) return 'data';
	}
	if (files.has(pathname)) return 'file';
	return null;
}

/**
 * The addresses the service worker fetches once it is installed, so that the whole lesson is there
 * offline after a single visit: every page and its data in both languages, each lesson's map and
 * the charts' series. Not the printable answer key (it is cached when a teacher opens it) nor the CSV downloads.
 */
export function warmUpAddresses(): string[] {
	const out: string[] = [];
	for (const page of pages) {
		if (page.endsWith('/answer-key')) continue;
		out.push(page, `${page}${dataSuffix}`);
	}
	for (const lang of langs) {
		out.push(...lessonSlugs.map((slug) => mapHref(lang, slug)), `/${lang}/manifest.webmanifest`);
		for (const id of chartIds) out.push(chartFileHref(lang, id, 'json'));
	}
	return out;
}
