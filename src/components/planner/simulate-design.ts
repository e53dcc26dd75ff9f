/**
 * "Simulate this design": the plan as a scenario (`planToScenario`), opened in the simulator
 * through a `#scenario=1.…` link. Loaded on first use, so the planner's first load does not
 * carry the simulation's version profiles.
 */
import type { Plan } from '../../domain/plan/schema';
import { planToScenario } from '../../machines/guided/plan-to-scenario';
import { encodeScenarioFragment } from '../../machines/scenario/scenario-link';

/** The simulator link of a plan, or why its version cannot be simulated. */
export function simulatorLink(plan: Plan): { readonly ok: true; readonly href: string; readonly notes: readonly string[] } | { readonly ok: false; readonly reason: string } {
	const result = planToScenario(plan);
	if (!result.ok) return { ok: false, reason: result.reason };
	return { ok: true, href: `/simulator/#${encodeScenarioFragment(result.scenario)}`, notes: result.notes };
}
