import { error } from '@sveltejs/kit';
import { ClassroomError, isStorageUnavailable } from './errors';

/** What a page load's error page shows for a refusal: the status and a message with its key. */
export interface LoadRefusal {
	status: number;
	body: App.Error;
}

/**
 * How a page load answers something its work threw: a refusal for the error page, in the reader's
 * language, or null for a real fault, which stays a 500. A storage fault that passes (full disk,
 * read-only file, database restarting) is a 503 that says to try again in a moment; there is no
 * form to keep what was typed, so it has its own text rather than the forms' `errors.unavailable`.
 */
export function loadRefusal(caught: unknown): LoadRefusal | null {
	if (
		isStorageUnavailable(caught) ||
		(caught instanceof ClassroomError && caught.key === 'unavailable')
	) {
		return {
			status: 503,
			body: { message: 'Storage unavailable', key: 'teacher:errors.unavailable_page' }
		};
	}
	if (caught instanceof ClassroomError) {
		return { status: caught.status, body: { message: caught.key, key: caught.messageKey } };
	}
	return null;
}

/**
 * Runs a page load's work, turning refusals and passing storage faults into SvelteKit's error page
 * (see `loadRefusal`). Redirects and `error()`s thrown by the work go through as they are.
 */
export async function refusingLoad<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (caught) {
		const refusal = loadRefusal(caught);
		if (!refusal) throw caught;
		error(refusal.status, refusal.body);
	}
}
