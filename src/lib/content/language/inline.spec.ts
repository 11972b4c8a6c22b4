import { describe, expect, it } from 'vitest';
import { inlineSegments } from './inline';

describe('inlineSegments', () => {
	it('marks the other language’s phrases, whole words only', () => {
		expect(inlineSegments('Angolul Security Council. Vigyázat!', 'hu')).toEqual([
			{ text: 'Angolul ', lang: 'hu' },
			{ text: 'Security Council', lang: 'en' },
			{ text: '. Vigyázat!', lang: 'hu' }
		]);
		expect(inlineSegments('In Hungarian it is vétó, with two accents.', 'en')[1]).toEqual({
			text: 'vétó',
			lang: 'hu'
		});
		expect(inlineSegments('Sojgut fogadta', 'en')).toEqual([
			{ text: 'Sojgut fogadta', lang: 'en' }
		]);
	});
	it('leaves a text without such phrases whole', () => {
		expect(inlineSegments('Kim fogadta Sojgut.', 'hu')).toEqual([
			{ text: 'Kim fogadta Sojgut.', lang: 'hu' }
		]);
	});
});
