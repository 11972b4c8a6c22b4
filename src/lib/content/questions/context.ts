import file from '$lessons/shoigu-pyongyang-2024/quizzes/context.yaml';
import type { QuizFile } from '../lesson/schema';
import type { Quiz } from '$lib/quiz/types';
import { quizFromFile } from './helpers';

/**
 * Timeline and context: the order of events, the treaty, the UN, and what happened after the article.
 * Written in the lesson folder's quizzes/context.yaml.
 */
export const contextQuiz: Quiz = /* @__PURE__ */ quizFromFile(file as QuizFile);
