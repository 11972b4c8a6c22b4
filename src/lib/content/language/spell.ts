import { spawnSync } from 'node:child_process';
import type { Lang } from '$lib/i18n/langs';

/** Debian's hunspell dictionaries: Hungarian, and British English as LANGUAGE.md asks. */
const dictionary: Record<Lang, string> = { hu: 'hu_HU', en: 'en_GB' };

/**
 * The words of a text that hunspell does not know, one entry per occurrence. The typographic
 * apostrophe is read as the one the dictionary knows (`Russia’s` is `Russia's`).
 */
export function hunspellUnknown(text: string, lang: Lang): string[] {
	const run = spawnSync('hunspell', ['-d', dictionary[lang], '-i', 'UTF-8', '-l'], {
		input: text.replaceAll('’', "'"),
		encoding: 'utf8',
		maxBuffer: 16 * 1024 * 1024
	});
	if (run.error || run.status !== 0)
		throw new Error(
			`hunspell ${dictionary[lang]} failed (scripts/install-test-deps.sh installs it): ${run.error ?? run.stderr}`
		);
	return run.stdout.split('\n').filter(Boolean);
}

/** Words in a text, as a reader counts them (for the unknown-word rate). */
export function wordCount(text: string): number {
	return text.match(/\p{L}[\p{L}\p{M}'’-]*/gu)?.length ?? 0;
}
