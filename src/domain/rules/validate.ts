/** Runs the rules on a plan: findings sorted by severity, then rule id, then first server. */
import { getBand } from '../versions/catalogue';
import { parseVersion } from '../versions/version';
import type { Plan } from '../plan/schema';
import { allRules } from './index';
import { compareCodeUnits } from '../code-unit-order';
import type { Finding, Rule, RuleContext, Severity } from './types';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The context rules get for a plan. */
export function ruleContext(plan: Plan): RuleContext {
	return { plan, band: getBand(plan.umbraco), version: parseVersion(plan.umbraco)! };
}

/** Findings of `rules` (all by default) for a validated plan. */
export function validate(plan: Plan, rules: readonly Rule[] = allRules): Finding[] {
	const context = ruleContext(plan);
	const findings = rules
		.filter((rule) => rule.bands.includes(context.band.id))
		.flatMap((rule) =>
			rule.check(context).map((hit) => ({
				ruleId: rule.id,
				severity: rule.severity,
				message: hit.message ?? rule.summary,
				servers: hit.servers ?? [],
				path: hit.path,
				why: rule.why,
				fix: rule.fix,
				sources: rule.sources,
				certainty: rule.certainty,
				lesson: rule.lesson,
			}))
		);
	return findings.sort(
		(a, b) =>
			severityRank[a.severity] - severityRank[b.severity] ||
			compareCodeUnits(a.ruleId, b.ruleId) ||
			(a.servers[0] ?? '').localeCompare(b.servers[0] ?? '')
	);
}

/** Whether any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
	return findings.some((f) => f.severity === 'error');
}
