import { isHttpError } from '@sveltejs/kit';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../db/test-databases';
import { createAssignment } from './assignments';
import { ClassroomError } from './errors';
import { findAssignmentByCode, joinByCode } from './join';
import { RateLimiter } from './rate-limit';
import { limits } from './service';
import { SharedBudget } from './shared-budget';
import { authoriseTeacher } from './teacher';
import { newAssignment } from './testing';

// The review's lock-outs: one device on a school's shared address must not keep the class, or
// its teacher, out. Each test gets fresh limiters with the production sizes (shared budgets under
// names of their own), and a fixed clock.
const now = new Date('2026-12-01T09:00:00Z');
const at = now.getTime();
let tests = 0;
const fresh = () => {
	tests++;
	return Object.fromEntries(
		Object.entries(limits).map(([name, l]) => [
			name,
			l instanceof SharedBudget
				? new SharedBudget(`${l.name}-${tests}`, l.capacity, l.perSecond)
				: new RateLimiter(l.capacity, l.perSecond)
		])
	) as typeof limits;
};

/** What a join or lookup ended with: 'ok', a refusal key, or an HTTP status. */
async function outcome(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'ok';
	} catch (e) {
		if (e instanceof ClassroomError) return e.key;
		if (isHttpError(e)) return String(e.status);
		throw e;
	}
}

describeOnEachDatabase('no lock-out by one device', (store) => {
	const setUp = () => createAssignment(store.db, newAssignment(), now);
	const join = (l: typeof limits, code: string, nickname: string, address: string, t = now) =>
		outcome(joinByCode(store.db, { code, nickname, lang: 'hu', address }, t, l));

	it('refused joins (too long nicknames) spend no join budget: the class still joins', async () => {
		const l = fresh();
		const { assignment } = await setUp();
		for (let i = 0; i < 200; i++) {
			expect(await join(l, assignment.code, 'x'.repeat(30), '10.0.0.66')).toBe('nickname_too_long');
		}
		const results = [];
		for (let i = 0; i < 40; i++) results.push(await join(l, assignment.code, `S${i}`, '10.0.0.1'));
		expect(results.filter((r) => r === 'ok')).toHaveLength(40);
	}, 30_000);

	it('a class of 40 behind one address joins at once, even after one device took its whole burst', async () => {
		const l = fresh();
		const { assignment } = await setUp();
		let flooded = 0;
		for (let i = 0; i < 130; i++) {
			if ((await join(l, assignment.code, `Bot${i}`, '10.0.0.66')) === 'ok') flooded++;
		}
		expect(flooded).toBeLessThan(130);
		const results = [];
		for (let i = 0; i < 40; i++)
			results.push(await join(l, assignment.code, `Pupil${i}`, '10.0.0.1'));
		expect(results.filter((r) => r === 'ok')).toHaveLength(40);
	}, 30_000);

	it('a taken nickname is refunded: retrying never runs the class dry', async () => {
		const l = fresh();
		const { assignment } = await setUp();
		expect(await join(l, assignment.code, 'Anna', '10.0.0.1')).toBe('ok');
		// More than the address's whole burst of joins.
		for (let i = 0; i < 60; i++) {
			expect(await join(l, assignment.code, 'Anna', '10.0.0.1')).toBe('nickname_taken');
		}
		expect(await join(l, assignment.code, 'Bea', '10.0.0.1')).toBe('ok');
	}, 30_000);

	it('wrong codes from a shared address do not block the right code', async () => {
		const l = fresh();
		const { assignment } = await setUp();
		const statuses = [];
		for (let i = 0; i < 40; i++) {
			statuses.push(await outcome(findAssignmentByCode(store.db, 'ZZZZ2222', '10.0.0.9', l, at)));
		}
		expect(statuses.slice(0, 20).every((s) => s === '404')).toBe(true);
		expect(statuses.at(-1)).toBe('429');
		expect(await outcome(findAssignmentByCode(store.db, assignment.code, '10.0.0.9', l, at))).toBe(
			'ok'
		);
	});

	it('guessing across many addresses stops once the budget for all addresses is spent', async () => {
		const l = fresh();
		const { assignment } = await setUp();
		let answered = 0;
		// Many addresses (an IPv6 attacker has endless ones), each guessing again and again.
		for (let round = 0; round < 3; round++) {
			for (let a = 0; a < 200; a++) {
				const s = await outcome(
					findAssignmentByCode(store.db, 'ZZZZ2222', `2001:db8:${a}::1`, l, at)
				);
				if (s === '404') answered++;
			}
		}
		expect(answered).toBeLessThanOrEqual(limits.wrongCodeGlobal.capacity + 200);
		// A right code from an address that never guessed still works; a guesser's is held back.
		expect(await outcome(findAssignmentByCode(store.db, assignment.code, '10.9.9.9', l, at))).toBe(
			'ok'
		);
		expect(
			await outcome(findAssignmentByCode(store.db, assignment.code, '2001:db8:1::1', l, at))
		).toBe('429');
	}, 30_000);

	it('the real teacher gets in after 60 wrong keys from the same address', async () => {
		const l = fresh();
		const { assignment, key } = await setUp();
		const wrong = key.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
		const results = [];
		for (let i = 0; i < 70; i++) {
			results.push(
				await outcome(
					authoriseTeacher(store.db, assignment.id, wrong, '10.0.0.5', l.wrongKeyPerIp, at)
				)
			);
		}
		expect(results[0]).toBe('not_found');
		expect(results.at(-1)).toBe('rate_limited');
		expect(
			await outcome(authoriseTeacher(store.db, assignment.id, key, '10.0.0.5', l.wrongKeyPerIp, at))
		).toBe('ok');
	});
});
