import type { ParamMatcher } from '@sveltejs/kit';

/** A lesson's slug: its folder's name (lower-case letters, digits and hyphens). */
export const match = ((param: string) => /^[a-z0-9][a-z0-9-]*$/.test(param)) satisfies ParamMatcher;
