/**
 * The planner with an exercise (`/planner/?exercise=<id>`): the design starts from the
 * exercise's own and is kept under the exercise's key, so the person's own design stays as
 * it was. The exercises and their checks load only when an exercise is asked for.
 */
import type { PlanExercise } from '../../domain/exercises/plan-exercises';
import type { PlanDraft } from '../../domain/plan/draft';
import { storageKeys } from '../../lib/storage-keys';
import { loadDesign } from './design-storage';
import type { StartingDesign } from './start-design';

export interface ExerciseSession {
	readonly exercise: PlanExercise;
	readonly storageKey: string;
	readonly start: StartingDesign;
}

/** The exercise id in the address, if any. */
export function exerciseParam(): string | null {
	return new URLSearchParams(location.search).get('exercise');
}

/** Opens an exercise by id: the saved attempt if there is one, else its starting design. */
export async function openExercise(id: string): Promise<ExerciseSession | undefined> {
	const { planExercises } = await import('../../domain/exercises/plan-exercises');
	const exercise = planExercises.find((e) => e.id === id);
	if (!exercise) return undefined;
	const storageKey = `${storageKeys.plannerExercise}${exercise.id}`;
	const saved = loadDesign(storageKey);
	const start: StartingDesign =
		saved && saved !== 'unreadable'
			? { draft: saved.draft, ticks: saved.ticks, notice: `Exercise “${exercise.title}”: your attempt is back where you left it. Your own design is kept apart and unchanged.` }
			: { draft: exercise.start as PlanDraft, ticks: [], notice: `Exercise “${exercise.title}”: this design is the exercise’s own. Your own design is kept apart and unchanged.` };
	return { exercise, storageKey, start };
}
