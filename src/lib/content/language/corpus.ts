import { glossary } from '../glossary';
import { objectives, subjects, ages, preparation } from '../guide/overview';
import { summary, misconceptions, differentiation } from '../guide/background';
import plansFile from '$lessons/shoigu-pyongyang-2024/guide/plans.yaml';
import { plansOf } from '../guide/plans';
import type { PlansFile } from '../lesson/schema';
import { prompts } from '../guide/prompts';
import { lessonTerms, nameForms } from '../guide/vocabulary';
import { timelineRows, shellEstimates, chartQuestions, openQuestions } from '../guide/worksheet';
import { people } from '../people';
import { quizList } from '../questions';
import { sections } from '../sections';
import { chartModels } from '$lib/charts/models';
import { eventInfo } from '$lib/data/event-text';
import type { Lang } from '$lib/i18n/langs';

/** One text a page shows, in both languages, with where it comes from (for failure messages). */
export interface TextPair {
	where: string;
	hu: string;
	en: string;
}

// Not prose: ids, answer keys (typed variants are checked by the bank spec), evidence anchors and
// source lines, which name outlets and are rendered by SourceName.
const skipped = new Set([
	'id',
	'key',
	'evidence',
	'factId',
	'fact',
	'facts',
	'source',
	'url',
	'target'
]);

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every `{ hu, en }` pair under a value, matched key by key where the two sides are objects. */
function collect(node: unknown, where: string, out: TextPair[]): void {
	if (Array.isArray(node)) {
		node.forEach((x, i) => collect(x, `${where}[${i}]`, out));
		return;
	}
	if (!isRecord(node)) return;
	const { hu, en } = node;
	if (typeof hu === 'string' && typeof en === 'string') {
		out.push({ where, hu, en });
		return;
	}
	if (isRecord(hu) && isRecord(en)) {
		for (const k of Object.keys(hu))
			if (!skipped.has(k)) collect({ hu: hu[k], en: en[k] }, `${where}.${k}`, out);
		return;
	}
	for (const [k, v] of Object.entries(node)) if (!skipped.has(k)) collect(v, `${where}.${k}`, out);
}

/** All lesson content in both languages: explainer, glossary, people, quizzes, guide, timeline, charts. */
export function contentPairs(): TextPair[] {
	const out: TextPair[] = [];
	const modules = {
		sections,
		glossary,
		people,
		quizzes: quizList,
		objectives,
		subjects,
		ages,
		preparation,
		summary,
		misconceptions,
		differentiation,
		plans: plansOf(plansFile as PlansFile),
		prompts,
		lessonTerms,
		nameForms,
		timelineRows,
		shellEstimates,
		chartQuestions,
		openQuestions,
		eventInfo,
		charts: chartModels
	};
	for (const [name, value] of Object.entries(modules)) collect(value, name, out);
	return out;
}

type Tree = { [key: string]: string | Tree };

/** Locale values paired by key (`ns:a.b`); plural forms pair with their own suffix. */
export function localePairs(files: Record<string, Record<Lang, Tree>>): TextPair[] {
	const out: TextPair[] = [];
	const walk = (hu: Tree, en: Tree, where: string) => {
		for (const [k, v] of Object.entries(hu)) {
			const other = en[k];
			if (typeof v === 'string' && typeof other === 'string')
				out.push({ where: `${where}${k}`, hu: v, en: other });
			else if (typeof v === 'object' && typeof other === 'object') walk(v, other, `${where}${k}.`);
		}
	};
	for (const [ns, byLang] of Object.entries(files)) walk(byLang.hu, byLang.en, `${ns}:`);
	return out;
}

/** The words a reader sees: markers reduced to their shown text, interpolations and ids dropped. */
export function readable(text: string): string {
	return text
		.replace(/\[\[[ge]:[a-z0-9-]+\|([^\]|]+)\]\]/g, '$1')
		.replace(/\[\[s:[a-z0-9-]+\]\]/g, '')
		.replace(/\{\{[^}]+\}\}/g, ' ');
}

const localeFiles = import.meta.glob<Tree>('/locales/*/*.json', { eager: true, import: 'default' });

/** Every text of the lesson and the interface, content and locale strings alike. */
export function allPairs(): TextPair[] {
	const byNamespace: Record<string, Record<Lang, Tree>> = {};
	for (const [path, content] of Object.entries(localeFiles)) {
		const [, , lang, file] = path.split('/');
		(byNamespace[file.replace(/\.json$/, '')] ??= { hu: {}, en: {} })[lang as Lang] = content;
	}
	return [...contentPairs(), ...localePairs(byNamespace)];
}
