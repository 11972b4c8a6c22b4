import type { PlansFile } from '../lesson/schema';
import type { Plan } from './types';

/**
 * A lesson folder's guide/plans.yaml as the guide shows it, each lesson's steps as a list
 * (`Step[][]`): the ready-to-teach 45-minute lesson, a 20-minute version, a double lesson and a
 * language lesson, or none for a folder without the file.
 */
export function plansOf(file: PlansFile): Plan[] {
	return file.plans.map((plan) => ({
		...plan,
		lessons: plan.lessons.map((lesson) => lesson.steps)
	})) as Plan[];
}
