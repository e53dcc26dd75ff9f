/**
 * The plan the canvas draws for a draft that is not a complete plan yet: missing parts get
 * stand-ins, drawn as "not added yet" boxes so a new design shows where things go.
 */
import { checkDraft, completeDraft, type DraftResult, type PlanDraft } from '../../domain/plan/draft';
import { validatePlan } from '../../domain/plan/parse';
import type { Plan } from '../../domain/plan/schema';
import { nodeIds } from '../../layout/to-elk-graph';

export interface PreviewPlan {
	readonly plan: Plan;
	/** Box ids drawn as stand-ins for parts the draft does not have yet. */
	readonly ghosts: readonly string[];
}

/** A plan to draw for the draft, or undefined when a value in it is invalid (not just missing). */
export function previewPlan(draft: PlanDraft, checked: DraftResult = checkDraft(draft)): PreviewPlan | undefined {
	if (checked.ok) return { plan: checked.plan, ghosts: [] };
	if (checked.problems.length > 0) return undefined;
	const result = validatePlan(completeDraft(draft));
	if (!result.ok) return undefined;
	// Drawn, the stand-ins say what they are: no server boxes, a load balancer "not added yet".
	const servers = draft.servers.length > 0 ? result.plan.servers : [];
	const loadBalancer = draft.loadBalancer ? result.plan.loadBalancer : { ...result.plan.loadBalancer, publicHost: 'not added yet' };
	const plan: Plan = { ...result.plan, servers, loadBalancer };
	return { plan, ghosts: draft.loadBalancer ? [] : [nodeIds.loadBalancer] };
}
