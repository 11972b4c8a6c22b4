import { exportFor } from '$lib/server/classroom/exports';
import { api } from '$lib/server/classroom/service';
import { toXlsx } from '$lib/server/classroom/xlsx';
import type { RequestHandler } from './$types';

/** The same table as the CSV, as an Excel workbook, and a sheet naming each column's lesson and quiz. */
export const POST: RequestHandler = (event) =>
	api(async () => {
		const { assignment, table, sheet, quizzes } = await exportFor(event);
		const workbook = await toXlsx([
			{ name: sheet, table },
			{ name: quizzes.sheet, table: quizzes.table }
		]);
		return new Response(workbook, {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="results-${assignment.code}.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	});
