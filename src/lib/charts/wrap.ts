/** Splits a legend label into lines of at most `max` characters at spaces (a longer word stays whole). */
export function wrapLabel(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Every `step`-th of the ticks, so that about `fit` labels share the axis without touching. */
export function thinTicks<T>(ticks: T[], fit: number): T[] {
	if (!Number.isFinite(fit)) return ticks;
	const step = Math.max(1, Math.ceil(ticks.length / Math.max(2, fit)));
	return ticks.filter((_, i) => i % step === 0);
}
