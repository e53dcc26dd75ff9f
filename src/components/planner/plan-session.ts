/**
 * What the plan viewer shows for a plan, computed once from the domain: findings, the
 * checklist and the share link. The component only renders these.
 */
import { buildChecklist } from '../../domain/checklist/build-checklist';
import type { Checklist } from '../../domain/checklist/types';
import type { Plan, PlanInput } from '../../domain/plan/schema';
import { planShareLink } from '../../domain/plan/share-link';
import type { Finding } from '../../domain/rules/types';
import { validate } from '../../domain/rules/validate';
import { getBand } from '../../domain/versions/catalogue';

export interface PlanView {
	readonly plan: Plan;
	readonly input: PlanInput;
	readonly band: string;
	readonly findings: readonly Finding[];
	readonly checklist: Checklist;
	readonly shareLink: string;
	readonly counts: Readonly<Record<Finding['severity'], number>>;
}

/** Everything the viewer shows for a validated plan. */
export function viewPlan(plan: Plan, input: PlanInput, pageUrl: string): PlanView {
	const findings = validate(plan);
	const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
	return {
		plan,
		input,
		band: getBand(plan.umbraco).id,
		findings,
		checklist: buildChecklist(plan),
		shareLink: planShareLink(pageUrl, input),
		counts: { error: count('error'), warning: count('warning'), info: count('info') },
	};
}
