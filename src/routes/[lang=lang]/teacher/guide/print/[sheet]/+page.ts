import { error } from '@sveltejs/kit';
import { isSheetId } from '$lib/content/guide/links';
import type { PageLoad } from './$types';

/** Which printable sheet to show; any other name is a (localized) 404. */
export const load: PageLoad = ({ params }) => {
	if (!isSheetId(params.sheet)) error(404, { message: 'Not found' });
	return { sheet: params.sheet };
};
