/**
 * Exercises with a goal the code checks (as Learn Git Branching does): the learner changes a
 * design in the planner, or acts on a farm in the simulator, until the goal holds.
 */

/** What a learner reads about an exercise, wherever it is shown. */
export interface ExerciseText {
	/** Kebab-case id: `<Exercise id="…" />` in a lesson, `?exercise=…` in the planner or simulator. */
	readonly id: string;
	readonly title: string;
	/** The task, in one or two sentences. */
	readonly task: string;
	/** What must hold, as the checker says it. */
	readonly goal: string;
	/** From gentle to almost the answer. */
	readonly hints: readonly string[];
	/** The steps that reach the goal. */
	readonly solution: readonly string[];
	/** Slug of the lesson that sets the exercise. */
	readonly lesson: string;
	/** Where the learner works. */
	readonly tool: 'planner' | 'simulator';
}

/** The verdict on the design or farm on screen. */
export interface GoalVerdict {
	readonly met: boolean;
	/** What is still missing, one sentence each; empty when met. */
	readonly missing: readonly string[];
}
