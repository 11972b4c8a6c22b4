import type { Lang } from '$lib/i18n/langs';

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for tab
 * and carriage return, shift it into one). A nickname like `=HYPERLINK(…)` must stay text.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** How a spreadsheet in the reader's language expects a CSV: separator and decimal mark. */
export interface CsvStyle {
	separator: ',' | ';';
	decimal: '.' | ',';
}

/**
 * Hungarian Excel reads `;` between cells and a decimal comma (the list separator of the
 * Hungarian regional settings); English Excel reads commas and a decimal point.
 */
export function csvStyle(lang: Lang): CsvStyle {
	return lang === 'hu' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

const plain: CsvStyle = { separator: ',', decimal: '.' };

/** One cell: neutralises formulas, then quotes when the value holds a separator, quote or line break. */
export function csvCell(
	value: string | number | null | undefined,
	style: CsvStyle = plain
): string {
	if (value === null || value === undefined) return '';
	// Numbers are ours (scores, seconds), never typed by a student; a negative one stays a number.
	if (typeof value === 'number') {
		return Number.isFinite(value) ? String(value).replace('.', style.decimal) : '';
	}
	const safe = formulaStart.test(value) ? `'${value}` : value;
	return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A whole CSV file: UTF-8 byte order mark first, so that Excel opens Hungarian accented letters
 * correctly; the style's separator and decimal mark; CRLF line ends as RFC 4180 says.
 */
export function toCsv(
	rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
	style: CsvStyle = plain
): string {
	const line = (row: ReadonlyArray<string | number | null | undefined>) =>
		row.map((cell) => csvCell(cell, style)).join(style.separator);
	return '\uFEFF' + rows.map(line).join('\r\n') + '\r\n';
}
