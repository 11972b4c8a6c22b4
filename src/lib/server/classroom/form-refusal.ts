import { ClassroomError, isStorageUnavailable } from './errors';

/** What a page form shows for a refusal: the status and a translation key under `teacher:`. */
export interface FormRefusal {
	status: number;
	/** `errors.<key>`, for the form's error line. */
	error: string;
	/** Extra data for the reader, such as a free nickname to suggest. */
	detail?: Record<string, string>;
}

/**
 * How a form action answers something its work threw: a refusal in the reader's language, or null
 * for a real fault, which the action rethrows to SvelteKit's error page. A storage fault that
 * passes (full disk, read-only file, database restarting) is a 503 the form shows with what the
 * reader typed still in it, rather than an error page that loses it.
 */
export function formRefusal(caught: unknown): FormRefusal | null {
	if (isStorageUnavailable(caught)) return { status: 503, error: 'errors.unavailable' };
	if (caught instanceof ClassroomError) {
		return {
			status: caught.status,
			error: `errors.${caught.key}`,
			...(caught.detail ? { detail: caught.detail } : {})
		};
	}
	return null;
}
