import { defaultLang, isLang, type Lang } from './langs';

/**
 * Picks the reader's language for a URL without one: a saved choice (cookie) first,
 * then the browser's Accept-Language preferences in quality order, then Hungarian.
 */
export function negotiateLang(saved: string | undefined, acceptLanguage: string | null): Lang {
	if (isLang(saved)) return saved;
	const ranked = (acceptLanguage ?? '')
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
		})
		.filter((entry) => entry.base && Number.isFinite(entry.q) && entry.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	return ranked.map((entry) => entry.base).find(isLang) ?? defaultLang;
}
