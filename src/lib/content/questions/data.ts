import file from '$lessons/shoigu-pyongyang-2024/quizzes/data.yaml';
import type { QuizFile } from '../lesson/schema';
import type { Quiz } from '$lib/quiz/types';
import { quizFromFile } from './helpers';

/**
 * Reading the data: tables from the timeline's charts, and whose estimate each figure is.
 * Written in the lesson folder's quizzes/data.yaml.
 */
export const dataQuiz: Quiz = /* @__PURE__ */ quizFromFile(file as QuizFile);
