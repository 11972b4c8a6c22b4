import { describe, expect, it } from 'vitest';
import { ClassroomError } from './errors';
import { formRefusal } from './form-refusal';

/** An error as the database drivers throw it: a message and a code. */
const fault = (code: string) => Object.assign(new Error(code), { code });

describe('form refusals', () => {
	it('turns storage faults that pass into a translated 503', () => {
		for (const code of ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_BUSY', 'ECONNREFUSED', '57P01']) {
			expect(formRefusal(fault(code))).toEqual({ status: 503, error: 'errors.unavailable' });
		}
	});

	it('keeps the status, key and detail of a refusal', () => {
		expect(formRefusal(new ClassroomError('closed'))).toEqual({
			status: 403,
			error: 'errors.closed'
		});
		expect(formRefusal(new ClassroomError('nickname_taken', { suggestion: 'Anna (2)' }))).toEqual({
			status: 409,
			error: 'errors.nickname_taken',
			detail: { suggestion: 'Anna (2)' }
		});
	});

	it('leaves real faults to the error page', () => {
		expect(formRefusal(new Error('bug'))).toBeNull();
		expect(formRefusal(fault('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
		expect(formRefusal(fault('SQLITE_CORRUPT'))).toBeNull();
		expect(formRefusal(null)).toBeNull();
		expect(formRefusal({ status: 303, location: '/hu/join/ABC234' })).toBeNull();
	});
});
