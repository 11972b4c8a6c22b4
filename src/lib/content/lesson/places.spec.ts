import { describe, expect, it } from 'vitest';
import { readLessonFiles } from '../../server/lessons/read';
import { formatError } from './issues';
import { sharedRefs } from './refs';
import { validateLesson } from './validate';

// places.yaml: the story map's places. The first lesson's file, edited here.
const slug = 'shoigu-pyongyang-2024';
const files = readLessonFiles(`src/content/lessons/${slug}`);
const places = files['places.yaml'];

const problems = (text: string) =>
	validateLesson(slug, { ...files, 'places.yaml': text }, sharedRefs()).errors.map(formatError);

describe('places.yaml', () => {
	it('loads the first lesson’s places in the map’s order', () => {
		const loaded = validateLesson(slug, files, sharedRefs());
		expect(loaded.errors).toEqual([]);
		expect(loaded.lesson?.places.places.map((p) => p.id)).toEqual([
			'moscow',
			'kursk',
			'vostochny',
			'pyongyang',
			'vladivostok',
			'bridge',
			'rason'
		]);
	});

	it('names the place and the field of a missing text, a bad kind and a latitude off the globe', () => {
		const text = places
			.replace("      en: 'Moscow'\n", '')
			.replace('kind: region', 'kind: country')
			.replace('lat: 51.5', 'lat: 151.5');
		expect(problems(text)).toEqual([
			"places.yaml: place 'moscow' name.en: has no English text",
			"places.yaml: place 'kursk' kind: should be city, site or region",
			"places.yaml: place 'kursk' lat: should be a latitude"
		]);
	});

	it('checks that a name broken into lines is still the name, and that ids are unique', () => {
		const text = places
			.replace('"Vostochny\\nCosmodrome"', '"Vostochny\\nSpaceport"')
			.replace('- id: kursk', '- id: moscow');
		expect(problems(text)).toEqual([
			"places.yaml: place 'moscow': has the same id as another one",
			"places.yaml: place 'vostochny' label.lines.en: should be the name 'Vostochny Cosmodrome' broken into lines"
		]);
	});
});
