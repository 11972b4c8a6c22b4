/**
 * The question bank, keys and explanations included, for server code only. The browser gets
 * questions only through `deal.ts` (no keys) and keys only through a check or a submission.
 * Client code must not import `$lib/content/questions` (a spec beside this file makes sure).
 */
export { getQuiz, questionsById, quizList, quizzes } from '$lib/content/questions';
