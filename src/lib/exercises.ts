/**
 * Every exercise of the course, as text: what a lesson shows and where the learner works.
 * The goals live with the tools (`src/domain/exercises`, `src/machines/exercises`), which
 * load them only when an exercise is open.
 */
import { planExercises } from '../domain/exercises/plan-exercises';
import type { ExerciseText } from '../domain/exercises/types';
import { simExercises } from '../machines/exercises/sim-exercises';

const toText = ({ id, title, task, goal, hints, solution, lesson, tool }: ExerciseText): ExerciseText => ({ id, title, task, goal, hints, solution, lesson, tool });

export const exercises: readonly ExerciseText[] = [...simExercises, ...planExercises].map(toText);

export function findExercise(id: string): ExerciseText | undefined {
	return exercises.find((exercise) => exercise.id === id);
}

/** Where the exercise opens: the planner or the simulator, with the exercise named in the query. */
export function exerciseHref(exercise: ExerciseText): string {
	return `/${exercise.tool}/?exercise=${encodeURIComponent(exercise.id)}`;
}
