import { describe, expect, it } from 'vitest';
import {
	chartIds,
	evidenceHref,
	explainerParagraphIds,
	explainerSections,
	quizIds
} from './anchors';

describe('anchors', () => {
	it('are unique across sections, paragraphs, charts and quizzes', () => {
		const all = [
			...Object.keys(explainerSections),
			...explainerParagraphIds,
			...chartIds,
			...quizIds
		];
		expect(new Set(all).size).toBe(all.length);
	});
	it('are valid fragment ids', () => {
		for (const id of [...explainerParagraphIds, ...chartIds])
			expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
	});
	it('build links into the reader’s language', () => {
		expect(evidenceHref('hu', { kind: 'explainer', anchor: 'treaty-article4' })).toBe(
			'/hu/shoigu-pyongyang-2024/explainer#treaty-article4'
		);
		expect(evidenceHref('en', { kind: 'chart', anchor: 'chart-shells' })).toBe(
			'/en/shoigu-pyongyang-2024/timeline#chart-shells'
		);
	});
});
