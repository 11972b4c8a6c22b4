import type { Lang } from '$lib/i18n/langs';

/** The interface strings the manifest is made of (the `common` namespace of one language). */
export interface ManifestWords {
	meta: { site_name: string; description: string };
	pwa: { short_name: string };
}

/** The web app's colours: the site's blue (the icons' background) and the page background. */
export const themeColor = '#1d4e89';
const backgroundColor = '#ffffff';

/**
 * The web app manifest in one language. Both languages' manifests name the same app (one `id`,
 * one scope), so installing from either gives one app, which opens on the reader's language.
 */
export function webManifest(lang: Lang, words: ManifestWords) {
	return {
		id: '/',
		name: words.meta.site_name,
		short_name: words.pwa.short_name,
		description: words.meta.description,
		lang,
		dir: 'ltr',
		start_url: `/${lang}`,
		scope: '/',
		display: 'standalone',
		theme_color: themeColor,
		background_color: backgroundColor,
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{
				src: '/icons/icon-maskable-512.png',
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable'
			},
			{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
		]
	};
}
