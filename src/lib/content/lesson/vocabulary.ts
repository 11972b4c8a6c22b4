/*
 * Fixed lists that lesson files choose from. Kept apart from the schemas (no valibot here), so that
 * browser code can import them without carrying the validation along.
 */

/** The timeline's filters: each event belongs to one or more of these. */
export const eventCategories = ['visits', 'diplomacy', 'weapons', 'troops', 'economy'] as const;

/** The kinds of quiz question (see `$lib/quiz/types`). */
export const questionTypeNames = [
	'single',
	'multi',
	'truefalse',
	'order',
	'match',
	'numeric',
	'text',
	'table'
] as const;

/** The teacher's guide's lesson plans (their names and texts in locales/…/guide.json). */
export const planIds = ['lesson_45', 'short_20', 'double_90', 'language_45'] as const;
