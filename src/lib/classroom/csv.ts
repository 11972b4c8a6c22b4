/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for tab
 * and carriage return, shift it into one). A nickname like `=HYPERLINK(…)` must stay text.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: neutralises formulas, then quotes when the value holds a separator, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	// Numbers are ours (scores, seconds), never typed by a student; a negative one stays a number.
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = formulaStart.test(value) ? `'${value}` : value;
	return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A whole CSV file: UTF-8 byte order mark first, so that Excel opens Hungarian accented letters
 * correctly; comma separators; CRLF line ends as RFC 4180 says.
 */
export function toCsv(
	rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>
): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
