import * as v from 'valibot';

/** The LTI 1.3 claim names this tool reads or writes. */
export const claim = {
	messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
	version: 'https://purl.imsglobal.org/spec/lti/claim/version',
	deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
	targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
	resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
	roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
	custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
	launchPresentation: 'https://purl.imsglobal.org/spec/lti/claim/launch_presentation',
	ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
	deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
	contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
	data: 'https://purl.imsglobal.org/spec/lti-dl/claim/data'
} as const;

export const scope = {
	score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
	lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem'
} as const;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(255));
const url = v.pipe(v.string(), v.maxLength(2000), v.url());

/** What a verified launch must carry; names, e-mail and the like are not read at all. */
const common = {
	iss: url,
	sub: id,
	nonce: id,
	[claim.version]: v.literal('1.3.0'),
	[claim.deploymentId]: id,
	[claim.roles]: v.optional(v.array(v.string()), []),
	locale: v.optional(v.string()),
	[claim.launchPresentation]: v.optional(
		v.object({ document_target: v.optional(v.string()), locale: v.optional(v.string()) })
	)
};

export const resourceLinkClaims = v.object({
	...common,
	[claim.messageType]: v.literal('LtiResourceLinkRequest'),
	[claim.resourceLink]: v.object({ id }),
	[claim.targetLinkUri]: v.optional(url),
	[claim.custom]: v.optional(v.record(v.string(), v.unknown()), {}),
	[claim.ags]: v.optional(
		v.object({ lineitem: v.optional(url), scope: v.optional(v.array(v.string()), []) })
	)
});

export const deepLinkingClaims = v.object({
	...common,
	[claim.messageType]: v.literal('LtiDeepLinkingRequest'),
	[claim.deepLinkingSettings]: v.object({
		deep_link_return_url: url,
		accept_types: v.optional(v.array(v.string()), []),
		data: v.optional(v.pipe(v.string(), v.maxLength(4000)))
	})
});

export type ResourceLinkClaims = v.InferOutput<typeof resourceLinkClaims>;
export type DeepLinkingClaims = v.InferOutput<typeof deepLinkingClaims>;

/** Teachers and admins place and preview; everyone else takes the quiz. */
export function isInstructor(roles: readonly string[]): boolean {
	return roles.some((r) =>
		/#(Instructor|Administrator|ContentDeveloper|TeachingAssistant)$|membership\/Instructor/.test(r)
	);
}
