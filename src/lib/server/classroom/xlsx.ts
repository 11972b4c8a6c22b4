import ExcelJS from 'exceljs';
import type { Cell } from './teacher';

/**
 * Tables as an Excel workbook, one worksheet each, written by exceljs. Text cells stay text (a
 * nickname like `=1+1` is never a formula in .xlsx), numbers are numbers, so decimals follow the
 * spreadsheet's own language; each header row is bold and frozen.
 */
export async function toXlsx(
	sheets: readonly { name: string; table: Cell[][] }[]
): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Bilingual news lesson';
	for (const { name, table } of sheets) {
		// Excel allows 31 characters and none of []:*?/\ in a sheet name.
		const sheet = workbook.addWorksheet(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		for (const row of table) sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
		sheet.getRow(1).font = { bold: true };
		sheet.columns.forEach((column, i) => {
			column.width = i === 0 ? 24 : 14;
		});
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
