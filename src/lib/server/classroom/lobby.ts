import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The newest arrivals the class view lists; the count is of everyone. */
const shown = 60;

export interface Lobby {
	count: number;
	/** Newest first. */
	nicknames: string[];
}

/** The nicknames who joined an assignment, for the projector: nothing about their answers. */
export async function lobby(db: Kysely<Database>, assignmentId: string): Promise<Lobby> {
	const [rows, total] = await Promise.all([
		db
			.selectFrom('participants')
			.select('nickname')
			.where('assignment_id', '=', assignmentId)
			.orderBy('joined_at', 'desc')
			.orderBy('nickname')
			.limit(shown)
			.execute(),
		db
			.selectFrom('participants')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('assignment_id', '=', assignmentId)
			.executeTakeFirst()
	]);
	return { count: Number(total?.n ?? 0), nicknames: rows.map((r) => r.nickname) };
}
