import { isHttpError, isRedirect, redirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { ClassroomError } from './errors';
import { loadRefusal, refusingLoad } from './load-refusal';

/** An error as the database drivers throw it: a message and a code. */
const fault = (code: string) => Object.assign(new Error(code), { code });

const unavailable = {
	status: 503,
	body: { message: 'Storage unavailable', key: 'teacher:errors.unavailable_page' }
};

describe('page load refusals', () => {
	it('turns storage faults that pass into a translated 503', () => {
		for (const code of ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_BUSY', 'ECONNREFUSED', '57P03']) {
			expect(loadRefusal(fault(code))).toEqual(unavailable);
		}
		expect(loadRefusal(new ClassroomError('unavailable'))).toEqual(unavailable);
	});

	it('keeps the status and key of a refusal', () => {
		expect(loadRefusal(new ClassroomError('not_found'))).toEqual({
			status: 404,
			body: { message: 'not_found', key: 'teacher:errors.not_found' }
		});
		expect(loadRefusal(new ClassroomError('rate_limited'))?.status).toBe(429);
	});

	it('leaves real faults to the generic error page', () => {
		expect(loadRefusal(new Error('bug'))).toBeNull();
		expect(loadRefusal(fault('SQLITE_CORRUPT'))).toBeNull();
		expect(loadRefusal(undefined)).toBeNull();
	});
});

describe('a load run through refusingLoad', () => {
	/** What the load threw, so that the test can look at it. */
	const thrown = (work: () => Promise<unknown>) =>
		refusingLoad(work).then(
			() => null,
			(e) => e
		);

	it('returns what the work returns', async () => {
		expect(await refusingLoad(async () => 42)).toBe(42);
	});

	it('ends on a 503 error page for a full disk, and passes redirects and bugs on unchanged', async () => {
		const full = await thrown(async () => {
			throw fault('SQLITE_FULL');
		});
		expect(isHttpError(full, 503) && full.body).toEqual(unavailable.body);
		const moved = await thrown(async () => redirect(307, '/en/join/ABC234'));
		expect(isRedirect(moved) && moved.location).toBe('/en/join/ABC234');
		const bug = new TypeError('x is undefined');
		expect(await thrown(async () => Promise.reject(bug))).toBe(bug);
	});
});
