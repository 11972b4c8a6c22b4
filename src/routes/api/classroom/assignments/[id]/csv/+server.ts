import { toCsv, csvStyle } from '$lib/classroom/csv';
import { exportFor } from '$lib/server/classroom/exports';
import { api } from '$lib/server/classroom/service';
import type { RequestHandler } from './$types';

/**
 * The class results as CSV for the school register: in Hungarian with semicolons and decimal
 * commas (as Hungarian Excel reads it), in English with commas and points; UTF-8 with a BOM.
 */
export const POST: RequestHandler = (event) =>
	api(async () => {
		const { assignment, lang, table } = await exportFor(event);
		return new Response(toCsv(table, csvStyle(lang)), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="results-${assignment.code}.csv"`,
				'cache-control': 'no-store'
			}
		});
	});
