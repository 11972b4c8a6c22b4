import { describe, expect, it } from 'vitest';
import { localize } from './localize';

describe('localize', () => {
	it('replaces every bilingual text, however deep, and keeps everything else', () => {
		const content = {
			title: { hu: 'Cím', en: 'Title' },
			steps: [{ minutes: 5, label: { hu: 'Bevezetés', en: 'Warm-up' }, link: { kind: 'page' } }],
			date: '2024-09-13',
			missing: undefined,
			none: null
		};
		expect(localize(content, 'en')).toEqual({
			title: 'Title',
			steps: [{ minutes: 5, label: 'Warm-up', link: { kind: 'page' } }],
			date: '2024-09-13',
			missing: undefined,
			none: null
		});
		expect(localize(content, 'hu').steps[0].label).toBe('Bevezetés');
	});

	it('leaves an object with other keys besides the languages alone', () => {
		const value = { hu: 'a', en: 'b', note: 'c' };
		expect(localize(value, 'hu')).toEqual(value);
	});
});
