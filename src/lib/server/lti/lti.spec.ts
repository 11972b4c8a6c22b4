import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { quizzes } from '$lib/content/questions';
import { answerKey } from '$lib/quiz/question';
import type { Db } from '../db/connect';
import { testDatabases } from '../db/test-databases';
import { saveAnswers, submitAttempt } from '../classroom/attempts';
import { catalogue } from '../classroom/service';
import { scoreAfterSubmit, scoresUrl } from './ags';
import { claim } from './claims';
import { deepLinkingResponse, startDeepLinking } from './deep-linking';
import { jwks } from './keys';
import { loginRedirect, verifyLaunch } from './launch';
import { resourceLaunch } from './links';
import { startPlatform, type SimulatedPlatform, type TokenOptions } from './platform-sim';
import { register } from './registration';
import { LtiError, lti, type LtiDb } from './tables';

// RSA keys, two databases and a loopback server: roomy limits for a busy two-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const tool = 'http://tool.test';
const launchUrl = `${tool}/lti/launch`;
let current: LtiDb;
let platform: SimulatedPlatform;

beforeAll(async () => {
	platform = await startPlatform(() => jwks(current));
});
afterAll(() => platform.close());

/** Rows that a refused launch must leave exactly as they were. */
async function counts(db: LtiDb) {
	const count = async (
		table: 'assignments' | 'participants' | 'lti_links' | 'lti_users' | 'lti_deep_links'
	) =>
		Number(
			(
				await db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return {
		assignments: await count('assignments'),
		participants: await count('participants'),
		links: await count('lti_links'),
		users: await count('lti_users'),
		deepLinks: await count('lti_deep_links')
	};
}

/** Login initiation as the platform starts it; returns the state and nonce the tool chose. */
async function login(db: LtiDb) {
	const redirect = new URL(
		await loginRedirect(
			db,
			{
				iss: platform.issuer,
				login_hint: 'opaque-user',
				target_link_uri: launchUrl,
				client_id: platform.clientId
			},
			launchUrl,
			new Date()
		)
	);
	expect(redirect.origin + redirect.pathname).toBe(`${platform.issuer}/auth`);
	expect(redirect.searchParams.get('response_mode')).toBe('form_post');
	expect(redirect.searchParams.get('redirect_uri')).toBe(launchUrl);
	return { state: redirect.searchParams.get('state')!, nonce: redirect.searchParams.get('nonce')! };
}

const studentClaims = (nonce: string, sub = 'platform-user-42') => ({
	sub,
	nonce,
	[claim.messageType]: 'LtiResourceLinkRequest',
	[claim.resourceLink]: { id: 'resource-link-1' },
	[claim.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
	[claim.custom]: { quiz: 'article' },
	[claim.ags]: {
		lineitem: platform.lineitem,
		scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score']
	},
	locale: 'hu-HU',
	// What a platform may send and the tool must not keep.
	name: 'Kiss Anna',
	email: 'anna@example.test'
});

async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof LtiError) {
			expect(e.status).toBeGreaterThanOrEqual(400);
			expect(e.status).toBeLessThan(500);
			return e.key;
		}
		throw e;
	}
	return 'accepted';
}

describe.each(testDatabases())('LTI 1.3 against a simulated platform ($name)', (database) => {
	let handle: Db;
	let db: LtiDb;
	beforeAll(async () => {
		handle = await database.open();
		db = lti(handle.db);
		current = db;
	});
	afterAll(async () => {
		await handle.close();
		await database.dispose();
	});

	it('registers dynamically, asking for no personal data', async () => {
		const done = await register(
			db,
			{
				openid_configuration: `${platform.issuer}/.well-known/openid-configuration`,
				registration_token: 'one-time'
			},
			tool,
			new Date()
		);
		expect(done).toEqual({ issuer: platform.issuer, clientId: 'sim-client' });
		const sent = platform.registrations.at(-1)!;
		expect(sent.token).toBe('one-time');
		const config = sent.body['https://purl.imsglobal.org/spec/lti-tool-configuration'] as Record<
			string,
			unknown
		>;
		expect(config.claims).toEqual(['iss', 'sub']);
		expect(sent.body.jwks_uri).toBe(`${tool}/lti/jwks`);
		const deployments = await db.selectFrom('lti_deployments').selectAll().execute();
		expect(deployments.map((d) => d.deployment_id)).toEqual(['sim-deployment']);
	});

	it('refuses a plain-http platform off loopback, fetching nothing, and a second registration', async () => {
		const fetchImpl = vi.fn<typeof fetch>();
		const offLoopback = {
			openid_configuration: 'http://moodle.school.test/.well-known/openid-configuration'
		};
		expect(await refusal(register(db, offLoopback, tool, new Date(), { fetchImpl }))).toBe(
			'insecure_platform'
		);
		expect(fetchImpl).not.toHaveBeenCalled();
		// A loopback configuration that sends the tool on to plain http elsewhere is refused too.
		const configuration = Response.json({
			issuer: 'http://127.0.0.1:9',
			authorization_endpoint: 'http://127.0.0.1:9/auth',
			token_endpoint: 'http://moodle.school.test/token',
			jwks_uri: 'http://127.0.0.1:9/jwks',
			registration_endpoint: 'http://127.0.0.1:9/register'
		});
		fetchImpl.mockResolvedValueOnce(configuration);
		const onLoopback = {
			openid_configuration: 'http://127.0.0.1:9/.well-known/openid-configuration'
		};
		expect(await refusal(register(db, onLoopback, tool, new Date(), { fetchImpl }))).toBe(
			'insecure_platform'
		);
		expect(fetchImpl).toHaveBeenCalledTimes(1);
		const params = { openid_configuration: `${platform.issuer}/.well-known/openid-configuration` };
		expect(await refusal(register(db, params, tool, new Date()))).toBe('already_registered');
		expect(await db.selectFrom('lti_registrations').selectAll().execute()).toHaveLength(1);
	});

	it('launches a student, keeps only the opaque id, and sends the score to the gradebook', async () => {
		const { state, nonce } = await login(db);
		const launch = await verifyLaunch(
			db,
			{ id_token: await platform.idToken(studentClaims(nonce)), state },
			new Date()
		);
		expect(launch.kind).toBe('resource');
		if (launch.kind !== 'resource') return;
		const result = await resourceLaunch(handle.db, launch.registration, launch.claims, new Date());
		// A link placed before lessons had slugs names the quiz by its bare id: the first lesson's.
		expect(result).toMatchObject({
			kind: 'student',
			quiz: 'shoigu-pyongyang-2024/article',
			lang: 'hu'
		});
		if (result.kind !== 'student') return;

		const participant = await db.selectFrom('participants').selectAll().executeTakeFirstOrThrow();
		expect(participant.nickname).toMatch(/^Tanuló [A-Z2-9]{4}$/);
		const stored = JSON.stringify(await db.selectFrom('lti_users').selectAll().execute());
		expect(stored).toContain('platform-user-42');
		for (const table of ['participants', 'lti_users', 'lti_links', 'assignments'] as const) {
			const rows = JSON.stringify(await db.selectFrom(table).selectAll().execute());
			expect(rows).not.toContain('Kiss Anna');
			expect(rows).not.toContain('anna@example.test');
		}

		// The student answers two questions right and submits; the score reaches the platform.
		const attemptId = randomUUID();
		const questions = quizzes.article.questions;
		await saveAnswers(
			handle.db,
			catalogue,
			{
				token: result.token,
				attemptId,
				answers: questions
					.slice(0, 2)
					.map((q, i) => ({ seq: i + 1, questionId: q.id, answer: answerKey(q) }))
			},
			new Date()
		);
		const { result: submitted } = await submitAttempt(
			handle.db,
			catalogue,
			{ token: result.token, attemptId, lang: 'hu' },
			new Date()
		);
		expect(await scoreAfterSubmit(db, participant.id, submitted, new Date())).toBe('sent');
		expect(platform.scores.at(-1)).toMatchObject({
			userId: 'platform-user-42',
			scoreGiven: 2,
			scoreMaximum: questions.length,
			activityProgress: 'Completed',
			gradingProgress: 'FullyGraded'
		});
	});

	it('finds the same student again on a second launch, with a fresh resume token', async () => {
		const before = await counts(db);
		const { state, nonce } = await login(db);
		const launch = await verifyLaunch(
			db,
			{ id_token: await platform.idToken(studentClaims(nonce)), state },
			new Date()
		);
		if (launch.kind !== 'resource') throw new Error('expected a resource launch');
		const again = await resourceLaunch(handle.db, launch.registration, launch.claims, new Date());
		expect(again.kind).toBe('student');
		expect(await counts(db)).toEqual(before);
	});

	it('lets a teacher pick a quiz by deep linking, signed for the platform', async () => {
		const { state, nonce } = await login(db);
		const token = await platform.idToken({
			sub: 'teacher-1',
			nonce,
			[claim.messageType]: 'LtiDeepLinkingRequest',
			[claim.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'],
			[claim.deepLinkingSettings]: {
				deep_link_return_url: `${platform.issuer}/deep-link-return`,
				accept_types: ['ltiResourceLink'],
				data: 'opaque-platform-data'
			}
		});
		const launch = await verifyLaunch(db, { id_token: token, state }, new Date());
		if (launch.kind !== 'deep-linking') throw new Error('expected deep linking');
		const ticket = await startDeepLinking(db, launch.registration, launch.claims, new Date());
		const picked = await deepLinkingResponse(db, { ticket, quiz: 'data' }, launchUrl, new Date());
		expect(picked.returnUrl).toBe(`${platform.issuer}/deep-link-return`);
		const { payload } = await jwtVerify(picked.jwt, createLocalJWKSet(await jwks(db)), {
			issuer: 'sim-client',
			audience: platform.issuer
		});
		expect(payload[claim.messageType]).toBe('LtiDeepLinkingResponse');
		expect(payload[claim.data]).toBe('opaque-platform-data');
		expect(payload[claim.deploymentId]).toBe('sim-deployment');
		expect(payload[claim.contentItems]).toEqual([
			expect.objectContaining({
				type: 'ltiResourceLink',
				url: launchUrl,
				custom: { quiz: 'shoigu-pyongyang-2024/data' },
				lineItem: expect.objectContaining({ scoreMaximum: quizzes.data.questions.length })
			})
		]);
		// The ticket is used up.
		expect(
			await refusal(deepLinkingResponse(db, { ticket, quiz: 'data' }, launchUrl, new Date()))
		).toBe('expired_ticket');
	});

	const refusals: [string, string, (nonce: string) => Promise<string>][] = [
		[
			'a bad signature',
			'bad_signature',
			(n) => platform.idToken(studentClaims(n, 'u-sig'), { forged: true })
		],
		[
			'a wrong audience',
			'wrong_audience',
			(n) => platform.idToken(studentClaims(n, 'u-aud'), { audience: 'another-tool' })
		],
		[
			'an expired token',
			'expired',
			(n) => platform.idToken(studentClaims(n, 'u-exp'), { expiresIn: -60 } as TokenOptions)
		],
		[
			'an unknown deployment',
			'unknown_deployment',
			(n) =>
				platform.idToken({ ...studentClaims(n, 'u-dep'), [claim.deploymentId]: 'not-registered' })
		]
	];

	it.each(refusals)('refuses %s with a 4xx and stores nothing', async (_, key, token) => {
		const before = await counts(db);
		const { state, nonce } = await login(db);
		expect(
			await refusal(verifyLaunch(db, { id_token: await token(nonce), state }, new Date()))
		).toBe(key);
		expect(await counts(db)).toEqual(before);
		// The refused token did not use up the login: it was never trusted.
		expect(
			await db
				.selectFrom('lti_logins')
				.select('state')
				.where('state', '=', state)
				.executeTakeFirst()
		).toBeDefined();
	});

	it('refuses a replayed nonce with a 4xx and stores nothing', async () => {
		const { state, nonce } = await login(db);
		const token = await platform.idToken(studentClaims(nonce, 'u-replay'));
		await verifyLaunch(db, { id_token: token, state }, new Date());
		const before = await counts(db);
		expect(await refusal(verifyLaunch(db, { id_token: token, state }, new Date()))).toBe(
			'replayed'
		);
		expect(await counts(db)).toEqual(before);
	});

	it('refuses a login from a platform that never registered', async () => {
		expect(
			await refusal(
				loginRedirect(
					db,
					{ iss: 'https://unknown.test', login_hint: 'x', target_link_uri: launchUrl },
					launchUrl,
					new Date()
				)
			)
		).toBe('unknown_platform');
	});
});

describe('AGS addresses', () => {
	it('puts /scores before the query Moodle adds to a line item', () => {
		expect(
			scoresUrl('https://moodle.test/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1')
		).toBe('https://moodle.test/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1');
	});
});
