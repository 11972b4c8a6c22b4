import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { isCode, normalizeCode } from '$lib/classroom/codes';
import { cleanNickname, nicknameProblem } from '$lib/classroom/nickname';
import type { Lang } from '$lib/i18n/langs';
import type { Database } from '../db/schema';
import { findByCode, requireOpen, type Assignment } from './assignments';
import { ClassroomError } from './errors';
import { joinAssignment } from './participants';
import { addressKey } from './rate-limit';
import { database, limits } from './service';
import type { SharedBudget } from './shared-budget';

type Limits = Record<
	'wrongCodePerIp' | 'wrongCodeGlobal' | 'joinPerIp' | 'joinPerCode',
	SharedBudget
>;

/**
 * The assignment behind a typed or linked class code. A right code is always served: a whole
 * school often shares one address, and one student's wrong guesses must not lock the class out.
 * Wrong codes are what guessing looks like: each costs from the address's budget (then 429) and
 * from a budget for all addresses together. Once that one is spent (many addresses guessing),
 * addresses with a recent wrong code are refused before any lookup, so guessing across addresses
 * is held to its slow refill; with 8-character codes (39 bits) that leaves no useful chance.
 */
export async function assignmentByCode(raw: string, address: string): Promise<Assignment> {
	return findAssignmentByCode(await database(), raw, address);
}

export async function findAssignmentByCode(
	db: Kysely<Database>,
	raw: string,
	address: string,
	l: Limits = limits,
	now = Date.now()
): Promise<Assignment> {
	const who = addressKey(address);
	if (
		(await l.wrongCodePerIp.spent(db, who, now)) &&
		!(await l.wrongCodeGlobal.allows(db, 'all', now))
	) {
		error(429, { message: 'Too many wrong codes', key: 'teacher:errors.rate_limited' });
	}
	const code = normalizeCode(raw);
	const assignment = isCode(code) ? await findByCode(db, code) : null;
	if (assignment) return assignment;
	await l.wrongCodeGlobal.take(db, 'all', now);
	if (!(await l.wrongCodePerIp.take(db, who, now))) {
		error(429, { message: 'Too many wrong codes', key: 'teacher:errors.rate_limited' });
	}
	error(404, { message: 'No such class code', key: 'teacher:errors.wrong_code' });
}

/**
 * Joins a class under a nickname; returns the resume token. Cheap checks (the nickname, the code,
 * whether the class is open) come first and spend nothing; only a join that then goes ahead takes
 * from the address's and the class's join budgets, and is refunded if it is refused after all
 * (a taken nickname). So refused joins, however many, never keep real ones out. The address's
 * budget refills more slowly than the class's, so one device cannot hold the class's empty.
 */
export async function joinByCode(
	db: Kysely<Database>,
	input: { code: string; nickname: string; lang: Lang; address: string },
	now: Date,
	l: Limits = limits
): Promise<{ token: string; participantId: string }> {
	const problem = nicknameProblem(cleanNickname(input.nickname));
	if (problem) throw new ClassroomError(`nickname_${problem}`);
	const assignment = await findAssignmentByCode(db, input.code, input.address, l, now.getTime());
	requireOpen(assignment, now);
	const who = addressKey(input.address);
	const at = now.getTime();
	if (!(await l.joinPerIp.take(db, who, at))) throw new ClassroomError('rate_limited');
	if (!(await l.joinPerCode.take(db, assignment.code, at))) {
		await l.joinPerIp.refund(db, who, at);
		throw new ClassroomError('rate_limited');
	}
	try {
		const { token, participant } = await joinAssignment(
			db,
			assignment,
			input.nickname,
			input.lang,
			now
		);
		return { token, participantId: participant.id };
	} catch (e) {
		await l.joinPerIp.refund(db, who, at);
		await l.joinPerCode.refund(db, assignment.code, at);
		throw e;
	}
}
