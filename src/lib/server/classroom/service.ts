import { error, json } from '@sveltejs/kit';
import * as v from 'valibot';
import { newAssignmentSchema } from '$lib/classroom/schemas';
import { getDb } from '../db';
import { localeResources } from '../locales';
import { allQuizzes, findQuiz } from '../quiz/bank';
import { createCatalogue } from './catalogue';
import { ClassroomError, isStorageUnavailable } from './errors';
import { RateLimiter } from './rate-limit';
import { SharedBudget } from './shared-budget';

const tfWords = (lang: 'hu' | 'en') =>
	(localeResources[lang].teacher as { answer?: { true?: string; false?: string } }).answer;

/** Every lesson's question bank as the classroom sees it, by quiz ref, graded with the shared engine. */
export const catalogue = createCatalogue(
	Object.fromEntries(allQuizzes.map(({ ref, quiz }) => [ref, quiz.questions])),
	{
		hu: { true: tfWords('hu')?.true ?? 'igaz', false: tfWords('hu')?.false ?? 'hamis' },
		en: { true: tfWords('en')?.true ?? 'true', false: tfWords('en')?.false ?? 'false' }
	}
);

/** The teacher's new-assignment form, taking any lesson's quizzes (a bare id: the default lesson's). */
export const createAssignmentSchema = newAssignmentSchema((sent) => findQuiz(sent)?.ref);

/** The database, opened and migrated on first use. */
export async function database() {
	return (await getDb()).db;
}

/**
 * Limits for the unauthenticated doors. A whole class often shares one public IP address (the
 * school's), so nothing a single device does wrong may shut that address or the class out: right
 * codes and keys pass the wrong-guess limits, and refused joins spend no join budget (see
 * `joinByCode`). Joins: a class of 40 arriving at once fits the address's burst of 50 and the
 * class's 120 even beside one device's whole burst; the address refills at half the class's rate,
 * so one device cannot keep the class's budget empty. The wrong-code and join budgets are kept in the
 * database, so they hold across app processes; the others are per process.
 */
export const limits = {
	wrongCodePerIp: new SharedBudget('wrong-code-ip', 20, 0.2),
	/** Wrong codes from all addresses together: the cap on guessing across many addresses. */
	wrongCodeGlobal: new SharedBudget('wrong-code-all', 300, 1),
	joinPerIp: new SharedBudget('join-ip', 50, 0.5),
	joinPerCode: new SharedBudget('join-code', 120, 1),
	savesPerIp: new RateLimiter(600, 30),
	/** New assignments per address. */
	teacherPerIp: new RateLimiter(60, 1),
	/** Wrong teacher keys per address; a right key always passes. */
	wrongKeyPerIp: new RateLimiter(60, 1)
};

/** Refuses with 429 when the bucket is empty. */
export function limit(limiter: RateLimiter, key: string): void {
	if (!limiter.take(key)) throw new ClassroomError('rate_limited');
}

/** The body of a JSON request, checked against a schema; 415/400 on anything else. */
export async function jsonBody<S extends v.GenericSchema>(
	request: Request,
	schema: S
): Promise<v.InferOutput<S>> {
	if (!request.headers.get('content-type')?.startsWith('application/json')) {
		error(415, { message: 'Expected JSON', key: 'teacher:errors.invalid' });
	}
	const raw = await request.text();
	if (raw.length > 200_000) throw new ClassroomError('invalid');
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		throw new ClassroomError('invalid');
	}
	const result = v.safeParse(schema, parsed);
	if (!result.success) throw new ClassroomError('invalid');
	return result.output;
}

/** The fields of a form POST; 400 for anything that is not a readable form. */
export async function formBody(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		throw new ClassroomError('invalid');
	}
}

/**
 * Runs an API handler: refusals become JSON with a status and a translation key the browser shows
 * in the reader's language; anything else is a real fault and goes to SvelteKit's error handling.
 */
export async function api(handler: () => Promise<Response>): Promise<Response> {
	try {
		return await handler();
	} catch (caught) {
		const e = isStorageUnavailable(caught) ? new ClassroomError('unavailable') : caught;
		if (e instanceof ClassroomError) {
			return json(
				{ error: e.key, message: e.messageKey, ...(e.detail ? { detail: e.detail } : {}) },
				{ status: e.status, headers: { 'cache-control': 'no-store' } }
			);
		}
		throw e;
	}
}
