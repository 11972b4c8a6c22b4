import type { Lang } from '$lib/i18n/langs';
import file from '$lessons/shoigu-pyongyang-2024/people.yaml';
import type { PeopleFile } from './lesson/schema';

/** A person the explainer relies on: both name forms, and roles, each with the fact that backs it. */
export interface Person {
	id: string;
	/** Hungarian transliteration and the usual English form (they differ: Sojgu / Shoigu). */
	name: Record<Lang, string>;
	country: Record<Lang, string>;
	roles: { text: Record<Lang, string>; fact: string }[];
}

/** The people, written in the lesson folder's people.yaml. */
export const people: Person[] = (file as PeopleFile).people;
