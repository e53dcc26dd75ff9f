/**
 * The goal of a planner exercise and its check: the design has no errors (and, where asked,
 * none of some rules' findings) while it keeps what makes the exercise meaningful, so that
 * deleting every server or switching version does not count as a repair.
 */
import type { Plan } from '../plan/schema';
import { findRule } from '../rules/index';
import { validate } from '../rules/validate';
import type { GoalVerdict } from './types';

export interface PlanGoal {
	/** Findings of these rules must be gone, whatever their severity. */
	readonly gone?: readonly string[];
	/** The Umbraco version must stay exactly this one, or only its major (e.g. 8). */
	readonly keepVersion?: string | { readonly major: number };
	/** At least this many server instances. */
	readonly minInstances?: number;
	/** Plan fields (dotted paths) that must keep the value of the starting design. */
	readonly keep?: readonly { readonly path: string; readonly value: unknown; readonly why: string }[];
}

function valueAt(plan: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), plan);
}

const instancesOf = (plan: Plan) => plan.servers.reduce((sum, server) => sum + (server.instances ?? 1), 0);

/**
 * Checks a design against a goal. A design that is not a valid plan (`undefined`) never meets it.
 *
 * @example checkPlanGoal({ gone: ['R26'] }, plan) // { met: false, missing: ['R26 still applies: …'] }
 */
export function checkPlanGoal(goal: PlanGoal, plan: Plan | undefined): GoalVerdict {
	if (!plan) return { met: false, missing: ['The design is not complete yet: it needs servers, a load balancer and a file strategy.'] };
	const missing: string[] = [];
	const findings = validate(plan);
	const errors = findings.filter((finding) => finding.severity === 'error');
	if (errors.length > 0) missing.push(`${errors.length} ${errors.length === 1 ? 'error remains' : 'errors remain'} (${[...new Set(errors.map((f) => f.ruleId))].join(', ')}).`);
	for (const id of goal.gone ?? []) {
		if (findings.some((finding) => finding.ruleId === id)) missing.push(`${id} still applies: ${findRule(id)?.summary ?? ''}`.trim());
	}
	const keepVersion = goal.keepVersion;
	if (typeof keepVersion === 'string' && plan.umbraco !== keepVersion) missing.push(`Keep Umbraco ${keepVersion}: the exercise is about that version.`);
	if (typeof keepVersion === 'object' && Number(plan.umbraco.split('.')[0]) !== keepVersion.major) missing.push(`Stay on Umbraco ${keepVersion.major}: the exercise is about that version.`);
	if (goal.minInstances !== undefined && instancesOf(plan) < goal.minInstances) missing.push(`Keep at least ${goal.minInstances} server instances: removing servers is not a repair.`);
	for (const kept of goal.keep ?? []) {
		if (JSON.stringify(valueAt(plan, kept.path)) !== JSON.stringify(kept.value)) missing.push(kept.why);
	}
	return { met: missing.length === 0, missing };
}
