import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const base = process.env.BASE;
const shots = JSON.parse(process.env.SHOTS);
for (const [path, width, scheme, name] of shots) {
	const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
	await page.goto(base + path);
	await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
	await page.close();
}
await browser.close();
