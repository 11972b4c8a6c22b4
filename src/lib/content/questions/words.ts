import file from '$lessons/shoigu-pyongyang-2024/quizzes/words.yaml';
import type { QuizFile } from '../lesson/schema';
import type { Quiz } from '$lib/quiz/types';
import { quizFromFile } from './helpers';

/* Written in the lesson folder's quizzes/words.yaml. */
export const wordsQuiz: Quiz = /* @__PURE__ */ quizFromFile(file as QuizFile);
