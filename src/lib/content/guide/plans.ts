import file from '$lessons/shoigu-pyongyang-2024/guide/plans.yaml';
import type { PlansFile } from '../lesson/schema';
import type { Plan } from './types';

/** The lesson folder's plans, with each lesson's steps as a list (`Step[][]`). */
function fromFile(file: PlansFile): Plan[] {
	return file.plans.map((plan) => ({
		...plan,
		lessons: plan.lessons.map((lesson) => lesson.steps)
	})) as Plan[];
}

/**
 * The teacher's guide's lesson plans: the ready-to-teach 45-minute lesson, a 20-minute version,
 * a double lesson and a language lesson. Written in the lesson folder's guide/plans.yaml.
 */
export const plans: Plan[] = /* @__PURE__ */ fromFile(file as PlansFile);
