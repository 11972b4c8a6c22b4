import ExcelJS from 'exceljs';
import type { Cell } from './teacher';

/**
 * The results table as an Excel workbook, written by exceljs. Text cells stay text (a nickname
 * like `=1+1` is never a formula in .xlsx), numbers are numbers, so decimals follow the
 * spreadsheet's own language; the header row is bold and frozen.
 */
export async function toXlsx(table: Cell[][], sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Shoigu in Pyongyang lesson';
	// Excel allows 31 characters and none of []:*?/\ in a sheet name.
	const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	for (const row of table) sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
	sheet.getRow(1).font = { bold: true };
	sheet.columns.forEach((column, i) => {
		column.width = i === 0 ? 24 : 14;
	});
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
