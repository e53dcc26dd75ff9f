import type { PlanInput } from '../plan/schema';

/** A realistic, complete plan to start from. */
export interface Preset {
	/** Kebab-case id, used by `lbplan new --preset <id>`. */
	readonly id: string;
	readonly title: string;
	/** Two sentences: the situation and what the design shows. */
	readonly description: string;
	readonly plan: PlanInput;
}
