import { PostgresAdapter, type Kysely, type Migration } from 'kysely';
import { ltiMigration } from '../lti/migration';

/**
 * Versioned migrations, compiled into the server (a static provider: nothing is read from disk at
 * run time, so the production build carries its own schema). Append new ones; never edit a published one.
 * Every statement here must run on both SQLite and PostgreSQL.
 */
export const migrations: Record<string, Migration> = {
	'2026-11-25-001-classroom': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('assignments')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('code', 'text', (c) => c.notNull().unique())
				.addColumn('key_hash', 'text', (c) => c.notNull())
				.addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
				.addColumn('quiz_ids', 'text', (c) => c.notNull())
				.addColumn('mode', 'text', (c) => c.notNull())
				.addColumn('lang', 'text', (c) => c.notNull())
				.addColumn('opens_at', 'text')
				.addColumn('closes_at', 'text')
				.addColumn('attempts_allowed', 'integer', (c) => c.notNull())
				.addColumn('show_answers', 'integer', (c) => c.notNull())
				.addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('seed', 'integer', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('participants')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('assignment_id', 'text', (c) =>
					c.notNull().references('assignments.id').onDelete('cascade')
				)
				.addColumn('nickname', 'text', (c) => c.notNull())
				.addColumn('nickname_key', 'text', (c) => c.notNull())
				.addColumn('token_hash', 'text', (c) => c.notNull().unique())
				.addColumn('lang', 'text', (c) => c.notNull())
				.addColumn('joined_at', 'text', (c) => c.notNull())
				.addUniqueConstraint('participants_nickname_unique', ['assignment_id', 'nickname_key'])
				.execute();

			await db.schema
				.createTable('attempts')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('participant_id', 'text', (c) =>
					c.notNull().references('participants.id').onDelete('cascade')
				)
				.addColumn('assignment_id', 'text', (c) =>
					c.notNull().references('assignments.id').onDelete('cascade')
				)
				.addColumn('number', 'integer', (c) => c.notNull())
				.addColumn('lang', 'text', (c) => c.notNull())
				.addColumn('started_at', 'text', (c) => c.notNull())
				.addColumn('updated_at', 'text', (c) => c.notNull())
				.addColumn('submitted_at', 'text')
				.addColumn('score', 'real')
				.addColumn('max_score', 'real')
				.addColumn('results', 'text')
				.addUniqueConstraint('attempts_number_unique', ['participant_id', 'number'])
				.execute();
			await db.schema
				.createIndex('attempts_assignment')
				.on('attempts')
				.column('assignment_id')
				.execute();

			await db.schema
				.createTable('answers')
				.addColumn('attempt_id', 'text', (c) =>
					c.notNull().references('attempts.id').onDelete('cascade')
				)
				.addColumn('question_id', 'text', (c) => c.notNull())
				.addColumn('answer', 'text', (c) => c.notNull())
				.addColumn('seq', 'integer', (c) => c.notNull())
				.addColumn('saved_at', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('answers_pk', ['attempt_id', 'question_id'])
				.execute();

			await db.schema
				.createTable('flags')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('assignment_id', 'text', (c) =>
					c.notNull().references('assignments.id').onDelete('cascade')
				)
				.addColumn('participant_id', 'text', (c) =>
					c.notNull().references('participants.id').onDelete('cascade')
				)
				.addColumn('question_id', 'text', (c) => c.notNull())
				.addColumn('comment', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addUniqueConstraint('flags_once', ['participant_id', 'question_id'])
				.execute();
			await db.schema.createIndex('flags_assignment').on('flags').column('assignment_id').execute();
			await db.schema
				.createIndex('participants_assignment')
				.on('participants')
				.column('assignment_id')
				.execute();
		},
		async down(db: Kysely<unknown>) {
			for (const table of ['flags', 'answers', 'attempts', 'participants', 'assignments']) {
				await db.schema.dropTable(table).ifExists().execute();
			}
		}
	},
	/**
	 * Columns as wide as the values the schemas accept. A `seq` may be any safe integer (up to
	 * 2^53 − 1) but PostgreSQL's `integer` stops at 2^31 − 1 and answered 500; its `real` is 4 bytes,
	 * which rounds scores such as 28.34. SQLite's INTEGER and REAL are already 8 bytes: nothing to do.
	 * PostgreSQL returns `bigint` as a string; readers convert it (see `AnswerTable.seq`).
	 */
	'2026-12-01-001-wide-numbers': {
		async up(db: Kysely<unknown>) {
			if (!isPostgres(db)) return;
			await db.schema
				.alterTable('answers')
				.alterColumn('seq', (c) => c.setDataType('bigint'))
				.execute();
			for (const column of ['score', 'max_score']) {
				await db.schema
					.alterTable('attempts')
					.alterColumn(column, (c) => c.setDataType('double precision'))
					.execute();
			}
		},
		async down(db: Kysely<unknown>) {
			if (!isPostgres(db)) return;
			await db.schema
				.alterTable('answers')
				.alterColumn('seq', (c) => c.setDataType('integer'))
				.execute();
			for (const column of ['score', 'max_score']) {
				await db.schema
					.alterTable('attempts')
					.alterColumn(column, (c) => c.setDataType('real'))
					.execute();
			}
		}
	},
	'2026-12-01-002-lti': ltiMigration,
	'2026-12-01-003-server-secrets': {
		// Random secrets the server keeps across restarts (the one that deals quiz questions per attempt).
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('server_secrets')
				.addColumn('name', 'text', (c) => c.primaryKey())
				.addColumn('value', 'text', (c) => c.notNull())
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('server_secrets').ifExists().execute();
		}
	},
	// The lowest percentage of marks 2–5 for the suggested five-point mark; 1 is below the first.
	'2026-12-01-004-mark-thresholds': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('assignments')
				.addColumn('mark_thresholds', 'text', (c) => c.notNull().defaultTo('40,55,70,85'))
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.alterTable('assignments').dropColumn('mark_thresholds').execute();
		}
	},
	// Token buckets shared by every app process (see `shared-budget.ts`); `at` is in epoch milliseconds.
	'2026-12-02-001-rate-budgets': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('rate_budgets')
				.addColumn('key', 'text', (c) => c.primaryKey())
				.addColumn('tokens', 'double precision', (c) => c.notNull())
				.addColumn('at', 'bigint', (c) => c.notNull())
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('rate_budgets').ifExists().execute();
		}
	},
	/*
	 * Quizzes are named per lesson (`<lesson>/<quiz>`) since lessons became folders. Every
	 * assignment made before named the quizzes of the one lesson there was by their bare ids.
	 */
	'2026-12-03-001-lesson-quiz-ids': {
		up: (db) => renameStoredQuizzes(db, (id) => (id.includes('/') ? id : `${firstLesson}/${id}`)),
		down: (db) =>
			renameStoredQuizzes(db, (id) =>
				id.startsWith(`${firstLesson}/`) ? id.slice(firstLesson.length + 1) : id
			)
	}
};

/** The lesson every quiz id stored before 3 Dec 2026 belongs to (frozen: not today's default). */
const firstLesson = 'shoigu-pyongyang-2024';

/** Rewrites each assignment's stored quiz ids (a JSON array) with `rename`, row by row. */
async function renameStoredQuizzes(db: Kysely<unknown>, rename: (id: string) => string) {
	const store = db as Kysely<{ assignments: { id: string; quiz_ids: string } }>;
	const rows = await store.selectFrom('assignments').select(['id', 'quiz_ids']).execute();
	for (const row of rows) {
		const renamed = JSON.stringify((JSON.parse(row.quiz_ids) as string[]).map(rename));
		if (renamed !== row.quiz_ids)
			await store
				.updateTable('assignments')
				.set({ quiz_ids: renamed })
				.where('id', '=', row.id)
				.execute();
	}
}

function isPostgres(db: Kysely<unknown>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}
