import * as v from 'valibot';

/** Where a student's browser remembers the assignments it joined: class code -> nickname and resume token. */
export const joinedKey = 'classroom:joined';

const joinedSchema = v.record(
	v.pipe(v.string(), v.regex(/^[A-Z0-9]{6,8}$/)),
	v.object({
		nickname: v.pipe(v.string(), v.maxLength(100)),
		token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/))
	})
);
export type Joined = v.InferOutput<typeof joinedSchema>;

/** The stored map; unreadable or tampered storage counts as empty. */
export function parseJoined(raw: string | null): Joined {
	if (!raw) return {};
	try {
		const result = v.safeParse(joinedSchema, JSON.parse(raw));
		return result.success ? result.output : {};
	} catch {
		return {};
	}
}
