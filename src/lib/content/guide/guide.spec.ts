import { describe, expect, it } from 'vitest';
import { findFact } from '$lib/data/cited';
import { chartIds, explainerParagraphIds, explainerSections, quizIds } from '$lib/content/anchors';
import { langs } from '$lib/i18n/langs';
import { defaultLesson, readLessons } from '$lib/server/lessons/registry';
import { differentiation, misconceptions, summary } from './background';
import { allGuideLinks, backgroundFacts, sheetFacts, sourcesFor } from './collect';
import { lessonGuide } from './lesson-guide';
import { guideHref, isSheetId, sheetHref, sheetIds, targetHref } from './links';
import { ages, objectives, preparation, subjects } from './overview';
import { guidePageData, hasGuide, sheetData, sheetsOf } from './page-data.server';
import { promptLevels, prompts } from './prompts';
import { guidePages, stepPhases, type Text } from './types';
import { glossary } from '$lib/content/glossary';
import { lessonTerms, nameForms, vocabularyFor } from './vocabulary';
import { chartQuestions, openQuestions, shellEstimates, timelineRows } from './worksheet';

/** The default lesson's guide, as its pages build it from the lesson's folder and the modules. */
const main = lessonGuide(defaultLesson);
const plans = main.plans;

const isText = (value: unknown): value is Text =>
	!!value &&
	typeof value === 'object' &&
	Object.keys(value).sort().join() === [...langs].sort().join();

/** Every bilingual text in a piece of content, with its path, for the completeness checks. */
function texts(node: unknown, path = ''): [string, Text][] {
	if (isText(node)) return [[path, node]];
	if (Array.isArray(node)) return node.flatMap((item, i) => texts(item, `${path}[${i}]`));
	if (node && typeof node === 'object')
		return Object.entries(node).flatMap(([k, v]) => texts(v, `${path}.${k}`));
	return [];
}

const guide = {
	objectives,
	subjects,
	ages,
	preparation,
	plans,
	prompts,
	summary,
	misconceptions,
	differentiation
};
const printables = {
	timelineRows,
	shellEstimates,
	chartQuestions,
	openQuestions,
	lessonTerms,
	nameForms
};

describe('guide content', () => {
	it('has every section and printable in both languages, with no empty text', () => {
		for (const [name, content] of Object.entries({ ...guide, ...printables })) {
			const found = texts(content, name);
			expect(found.length, name).toBeGreaterThan(0);
			for (const [path, text] of found)
				for (const lang of langs) expect(text[lang].trim(), `${path}.${lang}`).not.toBe('');
		}
	});

	it('never leaves a text untranslated (the two languages differ)', () => {
		const same = texts({ ...guide, ...printables }).filter(
			([path, text]) => text.hu === text.en && !path.startsWith('nameForms')
		);
		expect(same.map(([path]) => path)).toEqual([]);
	});

	it('writes Hungarian quotation marks in Hungarian and English ones in English', () => {
		for (const [path, text] of texts({ ...guide, ...printables })) {
			expect(text.hu, path).not.toMatch(/[“"]/);
			expect(text.en, path).not.toMatch(/[„"]/);
		}
	});

	it('has objectives of every kind, five subjects and three prompt levels', () => {
		expect(objectives.knowledge.length).toBeGreaterThanOrEqual(3);
		expect(objectives.skills.length).toBeGreaterThanOrEqual(3);
		expect(objectives.language.length).toBeGreaterThanOrEqual(2);
		expect(subjects).toHaveLength(5);
		expect(promptLevels).toEqual(Object.keys(prompts));
		for (const level of promptLevels) expect(prompts[level].length).toBeGreaterThanOrEqual(3);
	});
});

describe('lesson plans', () => {
	const byId = Object.fromEntries(plans.map((plan) => [plan.id, plan]));
	const minutes = (steps: { minutes: number }[]) => steps.reduce((sum, s) => sum + s.minutes, 0);

	it('fill their slot exactly: 45, 20, 2 × 45 and a 45-minute language lesson', () => {
		expect(byId.lesson_45.lessons.map(minutes)).toEqual([45]);
		expect(byId.short_20.lessons.map(minutes)).toEqual([20]);
		expect(byId.double_90.lessons.map(minutes)).toEqual([45, 45]);
		expect(byId.language_45.lessons.map(minutes)).toEqual([45]);
		for (const plan of plans)
			for (const lesson of plan.lessons) expect(minutes(lesson)).toBe(plan.lessonMinutes);
	});

	it('the 45-minute lesson runs warm-up, reading, charts, discussion, quiz, wrap-up in that order', () => {
		expect(byId.lesson_45.lessons[0].map((s) => s.phase)).toEqual([...stepPhases]);
	});

	it('link every step to the app, and the language lesson to the parallel view', () => {
		for (const step of plans.flatMap((p) => p.lessons.flat())) {
			expect(step.minutes).toBeGreaterThan(0);
			expect(step.links.length).toBeGreaterThan(0);
		}
		const language = byId.language_45.lessons.flat().flatMap((s) => s.links);
		expect(language.some((l) => l.target.kind === 'parallel')).toBe(true);
	});
});

describe('guide links', () => {
	const sections = Object.keys(explainerSections);
	const validPath = new RegExp(
		`^/(hu|en)/(shoigu-pyongyang-2024/)?(${guidePages.join('|')})(\\?parallel=1)?$`
	);

	it('point only at agreed anchors, quizzes and page slugs', () => {
		const links = allGuideLinks(main);
		expect(links.length).toBeGreaterThan(20);
		for (const { target } of links) {
			if (target.kind === 'explainer')
				expect([...sections, ...explainerParagraphIds]).toContain(target.anchor);
			if (target.kind === 'chart') expect(chartIds).toContain(target.anchor);
			if (target.kind === 'quiz') expect(quizIds).toContain(target.quiz);
			for (const lang of langs) {
				const href = targetHref(lang, target);
				const [path, hash] = href.split('#');
				if (target.kind === 'quiz')
					expect(path).toBe(`/${lang}/shoigu-pyongyang-2024/quizzes/${target.quiz}`);
				else expect(path).toMatch(validPath);
				if (hash !== undefined)
					expect([...sections, ...explainerParagraphIds, ...chartIds]).toContain(hash);
			}
		}
	});

	it('reach every quiz and every chart at least once', () => {
		const targets = allGuideLinks(main).map((l) => targetHref('en', l.target));
		for (const quiz of quizIds)
			expect(targets).toContain(`/en/shoigu-pyongyang-2024/quizzes/${quiz}`);
		for (const chart of chartIds)
			expect(targets).toContain(`/en/shoigu-pyongyang-2024/timeline#${chart}`);
	});

	it('build the guide and sheet addresses in the reader’s language', () => {
		expect(guideHref('hu')).toBe('/hu/shoigu-pyongyang-2024/guide');
		expect(guideHref('en', 'putin-pyongyang-2024')).toBe('/en/putin-pyongyang-2024/guide');
		expect(sheetHref('en', 'answer-key')).toBe('/en/shoigu-pyongyang-2024/guide/print/answer-key');
		expect(sheetHref('hu', 'worksheet', 'putin-pyongyang-2024')).toBe(
			'/hu/putin-pyongyang-2024/guide/print/worksheet'
		);
		expect(targetHref('hu', { kind: 'parallel' })).toBe(
			'/hu/shoigu-pyongyang-2024/explainer?parallel=1'
		);
		expect(targetHref('en', { kind: 'parallel' }, 'putin-pyongyang-2024')).toBe(
			'/en/putin-pyongyang-2024/explainer?parallel=1'
		);
		expect(targetHref('hu', { kind: 'page', page: 'glossary' }, 'putin-pyongyang-2024')).toBe(
			'/hu/putin-pyongyang-2024/glossary'
		);
		expect(targetHref('hu', { kind: 'page', page: 'join' }, 'putin-pyongyang-2024')).toBe(
			'/hu/join'
		);
		expect(sheetIds.every(isSheetId)).toBe(true);
		expect(isSheetId('homework')).toBe(false);
	});
});

describe('facts and sources', () => {
	const allFacts = [
		...backgroundFacts(main),
		...sheetIds.flatMap((sheet) => sheetFacts(main, sheet)),
		...Object.values(differentiation).flatMap((list) => list.flatMap((d) => d.facts ?? []))
	];

	it('every fact the guide states is in the shared fact sheet, with a dated source with an address', () => {
		expect(allFacts.length).toBeGreaterThan(20);
		for (const id of allFacts) {
			expect(findFact(id), id).toBeDefined();
			const sources = sourcesFor([id]);
			expect(sources.length, id).toBeGreaterThan(0);
			expect(sources.length, id).toBeLessThanOrEqual(2);
			for (const source of sources) {
				expect(source.publisher, id).not.toBe('');
				expect(source.date, id).toMatch(/^(\d{4}|undated)/);
				expect(source.url, id).toMatch(/^https?:\/\/\S+$/);
			}
		}
	});

	it('every printable has sources to print', () => {
		for (const sheet of sheetIds)
			expect(sourcesFor(sheetFacts(main, sheet)).length).toBeGreaterThan(3);
	});

	it('the summary and the worksheet timeline run in date order', () => {
		for (const list of [summary, timelineRows]) {
			// A month-only date ("as of September") sorts after the dated days of that month.
			const dates = list.map((item) => item.date.padEnd(10, '~'));
			expect(dates).toEqual([...dates].sort());
		}
		const points = shellEstimates.map((p) => p.million);
		expect(points).toEqual([...points].sort((a, b) => a - b));
	});

	it('the worksheet timeline leaves both dates and events to fill in, and every question has an answer', () => {
		expect(new Set(timelineRows.map((r) => r.blank))).toEqual(new Set(['date', 'event']));
		for (const q of [...chartQuestions, ...openQuestions]) expect(q.lines).toBeGreaterThan(0);
	});

	it('the misconceptions named in the brief are covered, each with a quiz', () => {
		const english = misconceptions.map((m) => m.belief.en + m.correction.en).join(' ');
		for (const topic of ['estimate', '1961', '24 years', 'defence minister'])
			expect(english).toContain(topic);
		for (const m of misconceptions)
			expect(m.links.some((l) => l.target.kind === 'quiz')).toBe(true);
	});
});

describe('vocabulary sheet', () => {
	it('holds every glossary term and the lesson’s own terms once, alphabetical in each language', () => {
		for (const lang of langs) {
			const terms = vocabularyFor(main.terms, lang).map((entry) => entry.term[lang]);
			expect(terms).toHaveLength(glossary.length + lessonTerms.length);
			expect(new Set(terms.map((t) => t.toLowerCase())).size).toBe(terms.length);
			expect(terms).toEqual([...terms].sort(new Intl.Collator(lang).compare));
		}
	});
});

describe('the default lesson’s guide', () => {
	it('is built from its folder’s plans and glossary and the modules beside it', () => {
		expect(plans.map((plan) => plan.id)).toEqual([
			'lesson_45',
			'short_20',
			'double_90',
			'language_45'
		]);
		expect(main.terms.slice(0, glossary.length).map((t) => t.term)).toEqual(
			glossary.map((t) => t.term)
		);
		expect(main.timelineRows).toBe(timelineRows);
		expect(sheetsOf(main)).toEqual([...sheetIds]);
		expect(guidePageData(main, 'en').worksheet).toBe('full');
	});
});

describe('a lesson without guide texts of its own (the fixture)', () => {
	const [fixture] = readLessons('e2e/fixtures/lessons');
	const guide = lessonGuide(fixture);

	it('has no plans, prompts or misconceptions, and every printable', () => {
		expect(fixture.slug).toBe('putin-pyongyang-2024');
		expect(guide.plans).toEqual([]);
		expect(guide.prompts).toEqual([]);
		expect(guide.misconceptions).toEqual([]);
		expect(guide.overview).toBeUndefined();
		expect(hasGuide(guide)).toBe(true);
		expect(sheetsOf(guide)).toEqual([...sheetIds]);
	});

	it('summarises its timeline in date order, each line with its fact’s sources', () => {
		expect(guide.summary.map((item) => item.facts[0])).toEqual(
			fixture.timeline.events.map((event) => event.id)
		);
		const dates = guide.summary.map((item) => item.date);
		expect(dates).toEqual([...dates].sort());
		const page = guidePageData(guide, 'hu');
		expect(page.summary[0].text).toBe(fixture.timeline.events[0].text.hu.title);
		for (const item of page.summary) expect(item.sources.length).toBeGreaterThan(0);
		expect(page.worksheet).toBe('timeline');
		expect(page.names).toBe(false);
	});

	it('asks for dates and events on the worksheet, with the answers on the key only', () => {
		const sheet = sheetData(guide, 'worksheet', 'en');
		const key = sheetData(guide, 'answer-key', 'en');
		if (sheet.sheet === 'vocabulary' || key.sheet === 'vocabulary')
			throw new Error('not a worksheet');
		expect(sheet.rows.map((r) => r.blank)).toEqual(['event', 'date', 'event']);
		expect(sheet.rows.map((r) => (r.blank === 'date' ? r.date : r.event))).toEqual([
			null,
			null,
			null
		]);
		expect(key.rows.every((r) => r.date && r.event)).toBe(true);
		expect(key.rows.map((r) => r.date)).toEqual([
			'18–19 June 2024',
			'19 June 2024',
			'4 December 2024'
		]);
		expect(sheet.shellEstimates).toEqual([]);
		expect(sheet.openQuestions).toEqual([]);
		expect(sheet.sources.length).toBeGreaterThan(0);
	});

	it('prints its own glossary as the vocabulary sheet, alphabetical in each language', () => {
		for (const lang of langs) {
			const sheet = sheetData(guide, 'vocabulary', lang);
			if (sheet.sheet !== 'vocabulary') throw new Error('not the vocabulary sheet');
			const terms = sheet.entries.map((entry) => entry.term[lang]);
			expect(terms).toHaveLength(3);
			expect(terms).toEqual(
				fixture.glossary.terms.map((t) => t.term[lang]).sort(new Intl.Collator(lang).compare)
			);
			expect(sheet.nameForms).toEqual([]);
		}
	});
});
