/** The reasons a classroom request is refused, each a translation key under `teacher:errors`. */
export type ClassroomErrorKey =
	| 'invalid'
	| 'not_found'
	| 'wrong_code'
	| 'not_open_yet'
	| 'closed'
	| 'no_attempts_left'
	| 'nickname_taken'
	| 'nickname_empty'
	| 'nickname_too_long'
	| 'already_submitted'
	| 'wrong_key'
	| 'rate_limited'
	| 'conflict';

const statusOf: Record<ClassroomErrorKey, number> = {
	invalid: 400,
	not_found: 404,
	wrong_code: 404,
	not_open_yet: 403,
	closed: 403,
	no_attempts_left: 403,
	nickname_taken: 409,
	nickname_empty: 400,
	nickname_too_long: 400,
	already_submitted: 409,
	wrong_key: 403,
	rate_limited: 429,
	conflict: 409
};

/** A refusal the reader should see, in their language; never a server fault. */
export class ClassroomError extends Error {
	readonly status: number;
	/** Extra data for the reader, such as a free nickname to suggest. */
	readonly detail?: Record<string, string>;
	constructor(
		readonly key: ClassroomErrorKey,
		detail?: Record<string, string>
	) {
		super(key);
		this.detail = detail;
		this.status = statusOf[key];
	}

	/** The full translation key. */
	get messageKey(): string {
		return `teacher:errors.${this.key}`;
	}
}
