// Plain-text tables for the bench's console output.

/**
 * @param {string[]} head
 * @param {Array<Array<string | number>>} rows
 */
export function table(head, rows) {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ r) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [
		line(head),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}

/** Bytes as kB with one decimal (1 kB = 1000 B). */
export const kb = (/** @type {number} */ n) => (n / 1000).toFixed(1);

/** True when the module at metaUrl is the script node was started with. */
export const isMain = (/** @type {string} */ metaUrl) =>
	process.argv[1] !== undefined && new URL(metaUrl).pathname === process.argv[1];
