import { error } from '@sveltejs/kit';
import { sheetData } from '$lib/content/guide/page-data.server';
import { isSheetId } from '$lib/content/guide/links';
import { isLang } from '$lib/i18n/langs';
import type { PageServerLoad } from './$types';

/**
 * One printable sheet in the page's language, built on the server: the sheet's text and sources
 * stay out of the JavaScript, and the students' worksheet does not carry the answer key.
 * Any other sheet name is a (localized) 404.
 */
export const load: PageServerLoad = ({ params }) => {
	if (!isSheetId(params.sheet) || !isLang(params.lang)) error(404, { message: 'Not found' });
	return sheetData(params.sheet, params.lang);
};
