import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/langs';

export const match = ((param: string) => isLang(param)) satisfies ParamMatcher;
