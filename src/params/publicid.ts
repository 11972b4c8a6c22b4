import type { ParamMatcher } from '@sveltejs/kit';

/** A public id (assignment, participant) in an address: 16 base64url characters (see `newId`). */
export const match = ((param: string) => /^[A-Za-z0-9_-]{16}$/.test(param)) satisfies ParamMatcher;
