import file from '$lessons/shoigu-pyongyang-2024/quizzes/article.yaml';
import type { QuizFile } from '../lesson/schema';
import type { Quiz } from '$lib/quiz/types';
import { quizFromFile } from './helpers';

/**
 * Understanding the article: who met whom, what was said, and what the article claims.
 * Written in the lesson folder's quizzes/article.yaml.
 */
export const articleQuiz: Quiz = /* @__PURE__ */ quizFromFile(file as QuizFile);
