/**
 * The plan the canvas draws for a draft that is not a complete plan yet: missing parts get
 * stand-ins, drawn as "not added yet" boxes so a new design shows where things go.
 */
import { checkDraft, type PlanDraft } from '../../domain/plan/draft';
import { validatePlan } from '../../domain/plan/parse';
import type { Plan } from '../../domain/plan/schema';
import { nodeIds } from '../../layout/to-elk-graph';

export interface PreviewPlan {
	readonly plan: Plan;
	/** Box ids drawn as stand-ins for parts the draft does not have yet. */
	readonly ghosts: readonly string[];
}

const standInServer = { id: 'stand-in', name: 'Stand-in', host: 'stand-in.invalid', kind: 'frontend' } as const;

/** A plan to draw for the draft, or undefined when a value in it is invalid (not just missing). */
export function previewPlan(draft: PlanDraft): PreviewPlan | undefined {
	const checked = checkDraft(draft);
	if (checked.ok) return { plan: checked.plan, ghosts: [] };
	const completed = {
		...draft,
		servers: draft.servers.length > 0 ? draft.servers : [standInServer],
		loadBalancer: draft.loadBalancer ?? { publicHost: 'not added yet' },
		files: draft.files ?? { strategy: 'standalone' },
	};
	const result = validatePlan(completed);
	if (!result.ok) return undefined;
	const plan: Plan = draft.servers.length > 0 ? result.plan : { ...result.plan, servers: [] };
	return { plan, ghosts: draft.loadBalancer ? [] : [nodeIds.loadBalancer] };
}
