/**
 * Keys this site writes in localStorage. One place, so a reset or a migration knows them all.
 * The inline head script in `BaseLayout.astro` repeats `version` (it cannot import).
 */
export const storageKeys = {
	/** Version family the reader picked, e.g. `v9-13`; absent = all versions. */
	version: 'lbacademy.version',
	/** Reading progress, see `progress.ts`. */
	progress: 'lbacademy.progress',
	/** The planner's design and checklist ticks, see `design-storage.ts`. */
	planner: 'lbacademy.planner',
	/** The design a shared link replaced on screen, kept to bring back; same shape as `planner`. */
	plannerPrevious: 'lbacademy.planner.previous',
	/** A planner exercise's design, `lbacademy.planner.exercise.<id>`, same shape as `planner`. */
	plannerExercise: 'lbacademy.planner.exercise.',
} as const;

