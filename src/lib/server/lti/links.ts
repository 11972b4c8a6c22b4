import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { defaultThresholds } from '$lib/classroom/marks';
import type { Lang } from '$lib/i18n/langs';
import { isUniqueViolation } from '../db/connect';
import type { Database } from '../db/schema';
import { createAssignment, toAssignment } from '../classroom/assignments';
import { ClassroomError } from '../classroom/errors';
import { hashSecret, newId, newSecret } from '../classroom/keys';
import { joinAssignment } from '../classroom/participants';
import { exportQuizzes } from '../exports/bank';
import { findQuiz } from '../quiz/bank';
import { claim, isInstructor, type ResourceLinkClaims } from './claims';
import { LtiError, lti, type LtiTables } from './tables';

export type ResourceLaunch =
	| { kind: 'instructor'; quiz: string; lang: Lang }
	| { kind: 'student'; quiz: string; lang: Lang; token: string };

/** The reader's language from the platform's locale (`hu-HU`, `en-GB`, …); English otherwise. */
export function launchLang(claims: {
	locale?: string;
	[claim.launchPresentation]?: { locale?: string };
}): Lang {
	const locale = claims[claim.launchPresentation]?.locale ?? claims.locale ?? '';
	return /^hu\b/i.test(locale) ? 'hu' : 'en';
}

/**
 * The quiz a resource link shows, as a ref: set by deep linking as a custom parameter, or in its
 * URL. A bare quiz id (links placed before lessons had slugs) is the default lesson's.
 */
export function linkedQuiz(claims: ResourceLinkClaims): string {
	const custom = claims[claim.custom]?.quiz;
	let fromUrl: string | null = null;
	try {
		fromUrl = new URL(String(claims[claim.targetLinkUri] ?? '')).searchParams.get('quiz');
	} catch {
		fromUrl = null;
	}
	const quiz = typeof custom === 'string' ? custom : fromUrl;
	const found = quiz ? findQuiz(quiz) : undefined;
	if (!found) throw new LtiError(400, 'no_quiz');
	return found.ref;
}

/** A pseudonym for the class list: the platform's name for the student is never asked for. */
function pseudonym(lang: Lang): string {
	const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	const tail = [...randomBytes(4)].map((b) => letters[b % letters.length]).join('');
	return `${lang === 'hu' ? 'Tanuló' : 'Student'} ${tail}`;
}

/**
 * A verified resource-link launch: the link's assignment (made on its first launch), and for a
 * student their participant, found again by the platform's opaque user id on a later launch.
 */
export async function resourceLaunch(
	db: Kysely<Database>,
	registration: LtiTables['lti_registrations'],
	claims: ResourceLinkClaims,
	now: Date
): Promise<ResourceLaunch> {
	const quiz = linkedQuiz(claims);
	const lang = launchLang(claims);
	const link = await linkFor(db, registration, claims, quiz, now);
	if (isInstructor(claims[claim.roles])) return { kind: 'instructor', quiz, lang };

	const ldb = lti(db);
	const known = await ldb
		.selectFrom('lti_users')
		.select('participant_id')
		.where('link_id', '=', link.id)
		.where('platform_user_id', '=', claims.sub)
		.executeTakeFirst();
	if (known) {
		// A new launch gives a new resume link; the old one stops working.
		const token = newSecret();
		await ldb
			.updateTable('participants')
			.set({ token_hash: hashSecret(token) })
			.where('id', '=', known.participant_id)
			.execute();
		return { kind: 'student', quiz, lang, token };
	}
	const row = await ldb
		.selectFrom('assignments')
		.selectAll()
		.where('id', '=', link.assignment_id)
		.executeTakeFirstOrThrow();
	const assignment = toAssignment(row);
	for (let tries = 0; ; tries++) {
		try {
			const { token, participant } = await joinAssignment(
				db,
				assignment,
				pseudonym(lang),
				lang,
				now
			);
			await ldb
				.insertInto('lti_users')
				.values({
					link_id: link.id,
					platform_user_id: claims.sub,
					participant_id: participant.id,
					score_sent_at: null
				})
				.execute();
			return { kind: 'student', quiz, lang, token };
		} catch (e) {
			if (!(e instanceof ClassroomError && e.key === 'nickname_taken') || tries > 3) throw e;
		}
	}
}

async function linkFor(
	db: Kysely<Database>,
	registration: LtiTables['lti_registrations'],
	claims: ResourceLinkClaims,
	quiz: string,
	now: Date
) {
	const ldb = lti(db);
	const resourceLinkId = claims[claim.resourceLink].id;
	const lineitem = claims[claim.ags]?.lineitem ?? null;
	const find = () =>
		ldb
			.selectFrom('lti_links')
			.selectAll()
			.where('registration_id', '=', registration.id)
			.where('resource_link_id', '=', resourceLinkId)
			.executeTakeFirst();
	const existing = await find();
	if (existing) {
		if (lineitem && existing.lineitem_url !== lineitem) {
			await ldb
				.updateTable('lti_links')
				.set({ lineitem_url: lineitem })
				.where('id', '=', existing.id)
				.execute();
		}
		return existing;
	}
	const title = exportQuizzes(quiz)[0].title;
	// The teacher's key is not kept: the platform's gradebook is where an LTI class's results go.
	const { assignment } = await createAssignment(
		db,
		{
			title: `${title.hu} / ${title.en}`.slice(0, 80),
			quizIds: [quiz],
			mode: 'test',
			lang: 'choice',
			opensAt: null,
			closesAt: null,
			attemptsAllowed: 3,
			showAnswers: true,
			markThresholds: defaultThresholds
		},
		now
	);
	const row = {
		id: newId(),
		registration_id: registration.id,
		deployment_id: claims[claim.deploymentId],
		resource_link_id: resourceLinkId,
		assignment_id: assignment.id,
		lineitem_url: lineitem,
		created_at: now.toISOString()
	};
	try {
		await ldb.insertInto('lti_links').values(row).execute();
		return row;
	} catch (e) {
		// Two first launches at once: the other one's link stands, this assignment goes.
		if (!isUniqueViolation(e)) throw e;
		await ldb.deleteFrom('assignments').where('id', '=', assignment.id).execute();
		return (await find())!;
	}
}
