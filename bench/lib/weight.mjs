// Page weight on first load, as a browser sees it: every same-origin response a fresh Chromium
// context fetches for one page (HTML, CSS, JS, and whatever else) until the network is idle.
// Sizes are raw and compressed with gzip (level 9) and brotli (quality 11) by node:zlib, so the
// figures do not depend on which encoding the server happened to pick.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Chromium flags that keep it offline and quiet (see the toolchain notes). */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A string that chart.js keeps in its minified build (an error message), so a chunk that
 * contains it carries chart.js whatever the bundler named it.
 */
export const chartJsSignature = 'Canvas is already in use';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Size */
/** @typedef {{ html: Size, css: Size, js: Size, other: Size, chartJs: Size, files: Array<{ url: string, kind: string, raw: number, gzip: number }> }} Weight */

const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });

/**
 * Sizes by content hash. Brotli at quality 11 costs about 4 s a megabyte on a busy core, and every
 * page of a weighing fetches the same shared chunks again: each distinct body is compressed once.
 * @type {Map<string, Size>}
 */
const sizesByContent = new Map();

/** @param {Buffer} body @returns {Size} */
export function sizes(body) {
	const hash = createHash('sha256').update(body).digest('base64');
	let size = sizesByContent.get(hash);
	if (!size) sizesByContent.set(hash, (size = compressedSizes(body)));
	return size;
}

/** @param {Buffer} body @returns {Size} */
function compressedSizes(body) {
	return {
		raw: body.length,
		gzip: gzipSync(body, { level: 9 }).length,
		brotli: brotliCompressSync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.length
			}
		}).length
	};
}

/** @param {string} resourceType @param {string} contentType */
function kindOf(resourceType, contentType) {
	if (resourceType === 'document') return 'html';
	if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
	if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
	return 'other';
}

/**
 * Loads url in a new, empty browser context (nothing cached) and weighs what it fetched.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<Weight>}
 */
export async function weighPage(browser, url) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const origin = new URL(url).origin;
	/** @type {Promise<void>[]} */
	const pending = [];
	/** @type {Weight} */
	const weight = {
		html: zero(),
		css: zero(),
		js: zero(),
		other: zero(),
		chartJs: zero(),
		files: []
	};
	page.on('response', (response) => {
		if (!response.url().startsWith(origin)) return;
		if (response.status() >= 300 && response.status() < 400) return;
		pending.push(
			response.body().then(
				(body) => {
					const kind = kindOf(
						response.request().resourceType(),
						response.headers()['content-type'] ?? ''
					);
					const s = sizes(body);
					for (const k of /** @type {const} */ (['raw', 'gzip', 'brotli'])) weight[kind][k] += s[k];
					if (kind === 'js' && body.includes(chartJsSignature)) {
						for (const k of /** @type {const} */ (['raw', 'gzip', 'brotli']))
							weight.chartJs[k] += s[k];
					}
					weight.files.push({
						url: response.url().slice(origin.length),
						kind,
						raw: s.raw,
						gzip: s.gzip
					});
				},
				() => {}
			)
		);
	});
	const response = await page.goto(url, { waitUntil: 'networkidle' });
	if (!response || response.status() !== 200) {
		await context.close();
		throw new Error(`${url} answered ${response?.status()}`);
	}
	await Promise.all(pending);
	await context.close();
	weight.files.sort((a, b) => a.url.localeCompare(b.url));
	return weight;
}

/**
 * Checks a weight against the budgets file: the route's own limits over the defaults, and no
 * chart.js outside the routes that show a chart. Returns the list of breaches (empty when fine).
 * @param {string} route
 * @param {Weight} weight
 * @param {{ compression: 'gzip' | 'brotli', default: Record<string, number>, routes: Record<string, Record<string, number>>, chartJsOnlyOn: string[] }} budgets
 */
export function overBudget(route, weight, budgets) {
	const limits = { ...budgets.default, ...(budgets.routes[route] ?? {}) };
	const c = budgets.compression;
	/** @type {string[]} */
	const breaches = [];
	for (const [kind, limit] of Object.entries(limits)) {
		const size = /** @type {Record<string, Size>} */ (/** @type {unknown} */ (weight))[kind]?.[c];
		if (size === undefined) continue;
		if (size > limit) breaches.push(`${route}: ${kind} ${size} B ${c} > budget ${limit} B`);
	}
	if (!budgets.chartJsOnlyOn.includes(route) && weight.chartJs.raw > 0) {
		breaches.push(`${route}: loads chart.js (${weight.chartJs[c]} B ${c}) but shows no chart`);
	}
	return breaches;
}
