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
	| 'nickname_no_letters'
	| 'already_submitted'
	| 'wrong_key'
	| 'rate_limited'
	| 'conflict'
	| 'check_not_allowed'
	| 'unavailable';

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
	nickname_no_letters: 400,
	already_submitted: 409,
	wrong_key: 403,
	rate_limited: 429,
	conflict: 409,
	check_not_allowed: 403,
	unavailable: 503
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

/**
 * Storage faults that pass when their cause is removed (a full disk, a read-only file, a database
 * server that is restarting): the reader is told to try again instead of seeing a server error.
 */
export function isStorageUnavailable(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	if (typeof code !== 'string') return false;
	return (
		/^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|BUSY|LOCKED)/.test(code) ||
		['ECONNREFUSED', 'ECONNRESET', '53100', '57P01', '57P03'].includes(code) ||
		sqliteRolledBackItself(e)
	);
}

/**
 * SQLite rolls a transaction back by itself on a full disk, an I/O error, a busy database or no
 * memory (sqlite.org/lang_transaction.html, "Response To Errors Within A Transaction"). Kysely's
 * ROLLBACK then fails, and its error hides the first one: this is that error.
 */
function sqliteRolledBackItself(e: unknown): boolean {
	const { code, message } = e as { code?: unknown; message?: unknown };
	return (
		code === 'SQLITE_ERROR' &&
		typeof message === 'string' &&
		message.includes('cannot rollback - no transaction is active')
	);
}
