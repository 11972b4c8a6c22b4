import type { Kysely, Selectable } from 'kysely';
import { cleanNickname, disambiguate, nicknameKey, nicknameProblem } from '$lib/classroom/nickname';
import type { Lang } from '$lib/i18n/langs';
import { isUniqueViolation } from '../db/connect';
import { precompiled } from '../db/precompiled';
import type { Database, ParticipantTable } from '../db/schema';
import { requireOpen, toAssignment, type Assignment } from './assignments';
import { ClassroomError } from './errors';
import { hashSecret, newId, newSecret } from './keys';

export type Participant = Selectable<Omit<ParticipantTable, 'token_hash'>>;

/**
 * Adds a student to an open assignment under a nickname and returns their resume token, the only
 * key to their attempt. A taken nickname is refused with a free variant to suggest.
 */
export async function joinAssignment(
	db: Kysely<Database>,
	assignment: Assignment,
	rawNickname: string,
	lang: Lang,
	now: Date
): Promise<{ token: string; participant: Participant }> {
	requireOpen(assignment, now);
	const nickname = cleanNickname(rawNickname);
	const problem = nicknameProblem(nickname);
	if (problem) throw new ClassroomError(`nickname_${problem}`);
	const token = newSecret();
	const participant: Participant = {
		id: newId(),
		assignment_id: assignment.id,
		nickname,
		nickname_key: nicknameKey(nickname),
		lang,
		joined_at: now.toISOString()
	};
	try {
		await db
			.insertInto('participants')
			.values({ ...participant, token_hash: hashSecret(token) })
			.execute();
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		const taken = await db
			.selectFrom('participants')
			.select('nickname_key')
			.where('assignment_id', '=', assignment.id)
			.execute();
		const suggestion = disambiguate(nickname, new Set(taken.map((t) => t.nickname_key)));
		throw new ClassroomError('nickname_taken', { suggestion });
	}
	return { token, participant };
}

/** Compiled once: every save and submit starts with this lookup. */
const selectByTokenHash = precompiled(['hash'], (db: Kysely<Database>, p) =>
	db
		.selectFrom('participants')
		.innerJoin('assignments', 'assignments.id', 'participants.assignment_id')
		.selectAll('assignments')
		.select([
			'participants.id as p_id',
			'participants.nickname as p_nickname',
			'participants.nickname_key as p_nickname_key',
			'participants.lang as p_lang',
			'participants.joined_at as p_joined_at'
		])
		.where('participants.token_hash', '=', p.hash)
);

/** The student and their assignment behind a resume token, or a not-found refusal. */
export async function findByToken(
	db: Kysely<Database>,
	token: string
): Promise<{ participant: Participant; assignment: Assignment }> {
	// Looking up by hash: the token's holder proves nothing by timing, and the hash is not the token.
	const [row] = (await selectByTokenHash(db, { hash: hashSecret(token) })).rows;
	if (!row) throw new ClassroomError('not_found');
	const { p_id, p_nickname, p_nickname_key, p_lang, p_joined_at, ...assignmentRow } = row;
	return {
		participant: {
			id: p_id,
			assignment_id: assignmentRow.id,
			nickname: p_nickname,
			nickname_key: p_nickname_key,
			lang: p_lang,
			joined_at: p_joined_at
		},
		assignment: toAssignment(assignmentRow)
	};
}
