import { error } from '@sveltejs/kit';
import { isCode, normalizeCode } from '$lib/classroom/codes';
import { findByCode, type Assignment } from './assignments';
import { database, limits } from './service';

/**
 * The assignment behind a typed or linked class code. Wrong codes are what guessing looks like, so
 * each one costs from the address's small budget; once it is spent, even lookups are refused for a
 * while (HTTP 429), right codes included.
 */
export async function assignmentByCode(raw: string, address: string): Promise<Assignment> {
	if (!limits.wrongCodePerIp.allows(address)) {
		error(429, { message: 'Too many wrong codes', key: 'teacher:errors.rate_limited' });
	}
	const code = normalizeCode(raw);
	const assignment = isCode(code) ? await findByCode(await database(), code) : null;
	if (!assignment) {
		limits.wrongCodePerIp.take(address);
		error(404, { message: 'No such class code', key: 'teacher:errors.wrong_code' });
	}
	return assignment;
}
