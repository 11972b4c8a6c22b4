import type { ParamMatcher } from '@sveltejs/kit';

/** A resume token or teacher key in an address: 43 base64url characters (see `newSecret`). */
export const match = ((param: string) => /^[A-Za-z0-9_-]{43}$/.test(param)) satisfies ParamMatcher;
