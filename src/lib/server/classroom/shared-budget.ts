import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** How often a budget deletes its full rows (a full bucket is the same as no row). */
const sweepEvery = 60_000;

/**
 * Token buckets in the database (`rate_budgets`), so that every app process sharing it spends from
 * the same budget: the same sizes and maths as `RateLimiter`, but each take is one atomic
 * statement, so concurrent takes from any number of processes never spend more than a bucket holds.
 * Times are epoch milliseconds from the app's clock.
 */
export class SharedBudget {
	#swept = -Infinity;

	constructor(
		/** Prefix of this budget's rows; letters, digits and '-' only, as it is used in a LIKE pattern. */
		readonly name: string,
		readonly capacity: number,
		readonly perSecond: number
	) {
		if (!/^[a-z0-9-]+$/i.test(name)) throw new Error(`Invalid budget name: ${name}`);
	}

	/** Takes one token for `key`; false when the bucket is empty (the request should be refused). */
	async take(db: Kysely<Database>, key: string, now = Date.now()): Promise<boolean> {
		await this.#sweep(db, now);
		const refilled = this.#refilled(now);
		const taken = await db
			.insertInto('rate_budgets')
			.values({ key: this.#key(key), tokens: this.capacity - 1, at: now })
			.onConflict((oc) =>
				oc
					.column('key')
					.doUpdateSet({ tokens: sql<number>`${refilled} - 1`, at: now })
					.where(refilled, '>=', 1)
			)
			.returning('tokens')
			.executeTakeFirst();
		return taken !== undefined;
	}

	/** Gives back a token taken for work that was then refused, so that failures never spend it. */
	async refund(db: Kysely<Database>, key: string, now = Date.now()): Promise<void> {
		await db
			.updateTable('rate_budgets')
			.set({ tokens: this.#refilled(now, 1), at: now })
			.where('key', '=', this.#key(key))
			.execute();
	}

	/** Whether `key` has a token left, without taking it. */
	async allows(db: Kysely<Database>, key: string, now = Date.now()): Promise<boolean> {
		return (await this.#tokens(db, key, now)) >= 1;
	}

	/** Whether `key` has spent any of its budget that has not come back yet (it failed recently). */
	async spent(db: Kysely<Database>, key: string, now = Date.now()): Promise<boolean> {
		return (await this.#tokens(db, key, now)) < this.capacity;
	}

	#key(key: string): string {
		return `${this.name}:${key}`;
	}

	/** The row's tokens refilled up to `now`, plus `extra`, at most the capacity: SQL for both databases. */
	#refilled(now: number, extra = 0) {
		// The cast keeps PostgreSQL from typing the rate as the bigint it multiplies.
		const rate = sql`cast(${this.perSecond / 1000} as double precision)`;
		const tokens = sql<number>`(rate_budgets.tokens + (${now} - rate_budgets.at) * ${rate} + ${extra})`;
		return sql<number>`case when ${tokens} < ${this.capacity} then ${tokens} else ${this.capacity} end`;
	}

	async #tokens(db: Kysely<Database>, key: string, now: number): Promise<number> {
		const row = await db
			.selectFrom('rate_budgets')
			.select(['tokens', 'at'])
			.where('key', '=', this.#key(key))
			.executeTakeFirst();
		if (!row) return this.capacity;
		const tokens = row.tokens + ((now - Number(row.at)) / 1000) * this.perSecond;
		return Math.min(this.capacity, tokens);
	}

	/** Now and then deletes the rows that have refilled completely, so that the table stays small. */
	async #sweep(db: Kysely<Database>, now: number): Promise<void> {
		if (this.perSecond <= 0 || now - this.#swept < sweepEvery) return;
		this.#swept = now;
		const fullAfter = Math.ceil((this.capacity / this.perSecond) * 1000);
		await db
			.deleteFrom('rate_budgets')
			.where('key', 'like', `${this.name}:%`)
			.where('at', '<', now - fullAfter)
			.execute();
	}
}
