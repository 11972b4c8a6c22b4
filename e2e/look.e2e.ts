import { expect, test } from '@playwright/test';

// The story map's text alternative names every place, in the page's language.
for (const [lang, places] of [
	[
		'en',
		[
			'Moscow',
			'Kursk region',
			'Vostochny Cosmodrome',
			'Pyongyang',
			'Vladivostok',
			'Khasan–Tumangang bridge',
			'Rason'
		]
	],
	[
		'hu',
		[
			'Moszkva',
			'Kurszki terület',
			'Vosztocsnij űrrepülőtér',
			'Phenjan',
			'Vlagyivosztok',
			'Haszan–Tumangang híd',
			'Raszon'
		]
	]
] as const) {
	test(`${lang}: the map's text alternative lists every place`, async ({ page }) => {
		await page.goto(`/${lang}`);
		const map = page.locator('figure.story-map');
		for (const place of places)
			await expect(map.locator('li strong', { hasText: place })).toHaveCount(1);
		await expect(map.locator('img')).toHaveAttribute('alt', /.{40,}/);
	});
}
