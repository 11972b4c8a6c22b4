import { exportFor } from '$lib/server/classroom/exports';
import { api } from '$lib/server/classroom/service';
import { toXlsx } from '$lib/server/classroom/xlsx';
import type { RequestHandler } from './$types';

/** The same table as the CSV, as an Excel workbook. */
export const POST: RequestHandler = (event) =>
	api(async () => {
		const { assignment, table, sheet } = await exportFor(event);
		return new Response(await toXlsx(table, sheet), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="results-${assignment.code}.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	});
