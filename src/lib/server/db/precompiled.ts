import type { Compilable, CompiledQuery, Kysely, QueryResult, RootOperationNode } from 'kysely';

/** Marks a placeholder in the compiled parameters; no real value contains a NUL. */
const prefix = '\u0000param:';

interface Template {
	sql: string;
	query: RootOperationNode;
	queryId: CompiledQuery['queryId'];
	/** Per parameter: the name of the value to put there, or a constant the builder produced. */
	slots: ({ name: string } | { value: unknown })[];
}

/**
 * A hot query built and compiled once per dialect, then run with fresh values: on the answer save,
 * Kysely's builder and compiler cost more than SQLite takes to run the statement. `build` gets
 * placeholders (`p.name`, for each of `names`) wherever a value goes; the same text serves SQLite and PostgreSQL because
 * each dialect compiles its own copy. Only for queries whose shape does not depend on the values
 * (no `IN` lists of varying length, no optional clauses), and with no Kysely plugins.
 */
export function precompiled<DB, const K extends string, R>(
	names: readonly K[],
	build: (db: Kysely<DB>, p: Record<K, never>) => Compilable<R>
): (db: Kysely<DB>, values: Record<K, unknown>) => Promise<QueryResult<R>> {
	const templates = new WeakMap<object, Template>();
	const compile = (db: Kysely<DB>): Template => {
		const p = Object.fromEntries(names.map((n) => [n, `${prefix}${n}`])) as Record<K, never>;
		const { sql, query, queryId, parameters } = build(db, p).compile();
		const slots = parameters.map((value) =>
			typeof value === 'string' && value.startsWith(prefix)
				? { name: value.slice(prefix.length) }
				: { value }
		);
		// A placeholder the builder wrote into the SQL text, or dropped, would lose its value silently.
		const used = new Set(slots.flatMap((s) => ('name' in s ? [s.name] : [])));
		if (sql.includes(prefix) || names.some((n) => !used.has(n))) {
			throw new Error(`A placeholder did not become a parameter in: ${sql}`);
		}
		return { sql, query, queryId, slots };
	};
	return async (db, values) => {
		// Transactions share their database's adapter, so one template serves both.
		const key = db.getExecutor().adapter;
		let template = templates.get(key);
		if (!template) templates.set(key, (template = compile(db)));
		const parameters = template.slots.map((slot) =>
			'name' in slot ? values[slot.name as K] : slot.value
		);
		const compiled: CompiledQuery<R> = {
			sql: template.sql,
			query: template.query,
			queryId: template.queryId,
			parameters
		};
		return db.executeQuery(compiled);
	};
}
