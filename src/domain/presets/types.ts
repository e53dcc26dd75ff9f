import type { PlanInput } from '../plan/schema';

/**
 * Why a preset exists: a design to start from (the default), or a deliberately broken design
 * for a workshop to repair ("Designs to repair").
 */
export type PresetPurpose = 'start' | 'repair';

/** A realistic, complete plan to start from, or a broken one to repair. */
export interface Preset {
	/** Kebab-case id, used by `lbplan new --preset <id>`. */
	readonly id: string;
	readonly title: string;
	/** Two sentences: the situation and what the design shows. */
	readonly description: string;
	readonly plan: PlanInput;
	/** `repair`: the design is wrong on purpose; left out for designs to start from. */
	readonly purpose?: PresetPurpose;
}
