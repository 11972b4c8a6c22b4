import { describe, expect, it } from 'vitest';
import { quizList } from '../questions';
import huQuiz from '../../../../locales/hu/quiz.json';
import enQuiz from '../../../../locales/en/quiz.json';
import { langs, type Lang } from '$lib/i18n/langs';
import type { Option, Question } from '$lib/quiz/types';

const all: Question[] = quizList.flatMap((q) => q.questions);
type Choice = Question & { options: Option[]; key: string | string[] };
const choice = all.filter((q): q is Choice => 'options' in q);

/** Is a right option strictly longer than every wrong one (the test-wise student's guess)? */
function longestIsRight(q: Choice, lang: Lang): boolean {
	const keys = new Set(Array.isArray(q.key) ? q.key : [q.key]);
	const right = Math.max(
		...q.options.filter((o) => keys.has(o.id)).map((o) => o.text[lang].length)
	);
	const wrong = Math.max(
		...q.options.filter((o) => !keys.has(o.id)).map((o) => o.text[lang].length)
	);
	return right > wrong;
}

describe('quiz writing', () => {
	it.each(langs.map((l) => [l] as const))(
		'in %s, the right option is the longest in at most 40% of choice questions',
		(lang) => {
			const longest = choice.filter((q) => longestIsRight(q, lang));
			const share = longest.length / choice.length;
			console.info(
				`${lang}: right option longest in ${longest.length} of ${choice.length} choice questions (${Math.round(100 * share)}%): ${longest.map((q) => q.id).join(', ')}`
			);
			expect(share).toBeLessThanOrEqual(0.4);
		}
	);

	it('gives no option alone a gloss the others lack', () => {
		for (const q of choice)
			for (const lang of langs) {
				const glossed = q.options.filter((o) =>
					/\((angolul|magyarul|in English|in Hungarian)\b/i.test(o.text[lang])
				);
				expect(glossed, `${q.id} ${lang}`).toEqual([]);
			}
	});

	it('states each instruction once: the player’s hint, never the prompt as well', () => {
		const hints: Record<Lang, Record<string, string>> = {
			hu: huQuiz.question,
			en: enQuiz.question
		};
		const instruction: Record<Lang, RegExp> = {
			hu: /Jelöld meg az összes|Tedd időrendbe|Párosítsd|Válaszd ki a párját/i,
			en: /Choose every correct|Put (the|them|these) .*in order|Match (each|the)/i
		};
		for (const q of all)
			for (const lang of langs) {
				const prompt = q.prompt[lang];
				expect(prompt, `${q.id} ${lang}`).not.toMatch(instruction[lang]);
				for (const [name, hint] of Object.entries(hints[lang]))
					if (name.endsWith('_hint'))
						expect(prompt.includes(hint), `${q.id} ${lang} repeats “${hint}”`).toBe(false);
			}
	});
});
