// Draws the web app's PNG icons (static/icons/) from the lesson's mark (static/icons/icon.svg, the
// mark of BrandMark.svelte on the site's blue) with Debian's Chromium: `node scripts/make-icons.mjs`.
// The maskable icon keeps the mark inside the middle 60 %, the part every launcher's mask shows.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../static/icons/icon.svg', import.meta.url), 'utf8');
const out = (name) => new URL(`../static/icons/${name}`, import.meta.url).pathname;
const icons = [
	{ name: 'icon-192.png', size: 192, scale: 1, radius: true },
	{ name: 'icon-512.png', size: 512, scale: 1, radius: true },
	{ name: 'icon-maskable-512.png', size: 512, scale: 0.6, radius: false },
	{ name: 'apple-touch-icon.png', size: 180, scale: 0.8, radius: false }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
for (const { name, size, scale, radius } of icons) {
	await page.setViewportSize({ width: size, height: size });
	const mark = radius ? svg : svg.replace('rx="8"', 'rx="0"');
	const inner = size * scale;
	await page.setContent(
		`<body style="margin:0;background:${radius ? 'transparent' : '#1d4e89'};display:grid;place-items:center;width:${size}px;height:${size}px">
		<div style="width:${inner}px;height:${inner}px">${mark.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: out(name), omitBackground: radius });
}
await browser.close();
